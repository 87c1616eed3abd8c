import { Router } from 'express';
import { ROLES, User } from '../models/User';

export const teamRouter = Router();

// ok: missing-auth
teamRouter.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  res.json(await User.find({ orgId: req.user!.orgId }).select('email name role'));
});

// expect: missing-role-check
teamRouter.patch('/:userId/role', async (req, res) => {
  if (!ROLES.includes(req.body.role)) return res.status(400).json({ error: 'bad role' });
  // ok: unscoped-tenant-query, missing-input-validation
  await User.updateOne({ _id: req.params.userId, orgId: req.user!.orgId }, { $set: { role: req.body.role } });
  res.status(204).end();
});

// ok: missing-auth, missing-role-check
teamRouter.delete('/:userId', async (req, res) => {
  if (req.user!.role !== 'owner') return res.status(403).json({ error: 'owners only' });
  // ok: unscoped-tenant-query
  await User.deleteOne({ _id: req.params.userId, orgId: req.user!.orgId });
  res.status(204).end();
});
