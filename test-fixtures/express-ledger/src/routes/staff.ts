import { Router } from 'express';
import { authenticate, staffOnly } from '../middleware/auth';
import { prisma } from '../lib/prisma';

export const staffRouter = Router();
const staffGuard = [authenticate, staffOnly];

// ok: missing-role-check
staffRouter.get('/admin/workspaces', ...staffGuard, async (_req, res) => {
  // ok: unscoped-tenant-query
  res.json(await prisma.workspace.findMany());
});

// ok: missing-role-check
staffRouter.post('/admin/workspaces/:id/suspend', [authenticate, staffOnly], async (req, res) => {
  // ok: unscoped-tenant-query
  await prisma.workspace.update({ where: { id: req.params.id }, data: { name: `[suspended] ${req.params.id}` } });
  res.sendStatus(204);
});

// expect: missing-role-check
staffRouter.delete('/admin/users/:id', authenticate, async (req, res) => {
  // expect: unscoped-tenant-query
  await prisma.membership.deleteMany({ where: { userId: req.params.id } });
  res.sendStatus(204);
});

// expect: missing-role-check
// expect: missing-rate-limit
staffRouter.get('/admin/invoices/export', authenticate, async (_req, res) => {
  // expect: unscoped-tenant-query
  const all = await prisma.invoice.findMany();
  res.json(all);
});

// ok: missing-role-check
staffRouter.post('/admin/users/:id/impersonate', authenticate, async (req, res) => {
  const user = (req as any).user;
  if (user.role !== 'staff') {
    return res.status(403).json({ message: 'Forbidden' });
  }
  res.json({ impersonating: req.params.id });
});
