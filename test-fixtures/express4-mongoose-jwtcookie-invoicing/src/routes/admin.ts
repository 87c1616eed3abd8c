import { Router } from 'express';
import { requirePlatformAdmin } from '../middleware/auth';
import { Invoice } from '../models/Invoice';
import { Organization } from '../models/Organization';
import { User } from '../models/User';

// mounted at /api/admin behind requireAuth
export const adminRouter = Router();

// ok: missing-role-check, unscoped-tenant-query
adminRouter.get('/organizations', requirePlatformAdmin, async (_req, res) => {
  res.json(await Organization.find().sort({ createdAt: -1 }).limit(200));
});

// ok: missing-role-check
adminRouter.get('/organizations/:id/invoices', requirePlatformAdmin, async (req, res) => {
  // ok: unscoped-tenant-query
  res.json(await Invoice.find({ orgId: req.params.id }).limit(500));
});

// expect: missing-role-check
adminRouter.get('/users', async (req, res) => {
  // ok: unscoped-tenant-query
  const users = await User.find({ orgId: req.user!.orgId }).select('email name role');
  res.json(users);
});

// expect: missing-role-check
adminRouter.post('/users/:id/impersonate', async (req, res) => {
  // expect: unscoped-tenant-query
  const target = await User.findById(req.params.id);
  if (!target) return res.status(404).json({ error: 'not found' });
  res.json({ impersonating: target.id });
});

// ok: missing-role-check, missing-input-validation
adminRouter.patch('/users/:id/role', requirePlatformAdmin, async (req, res) => {
  const role = String(req.body.role);
  if (!['owner', 'admin', 'accountant', 'viewer'].includes(role)) return res.status(400).json({ error: 'bad role' });
  // ok: unscoped-tenant-query
  await User.updateOne({ _id: req.params.id }, { $set: { role } });
  res.status(204).end();
});
