import { Router } from 'express';
import { prisma } from '../lib/prisma';
import { requireRole } from '../middleware/requireUser';
import { roleChangeSchema } from '../schemas';

export const adminRouter = Router();

// ok: missing-role-check
adminRouter.get('/users', requireRole('OWNER', 'ADMIN'), async (req, res) => {
  // ok: unscoped-tenant-query
  const users = await prisma.user.findMany({
    where: { organizationId: req.user!.organizationId },
    select: { id: true, email: true, name: true, role: true },
  });
  res.json(users);
});

// expect: missing-role-check
// ok: missing-input-validation
adminRouter.patch('/users/:id/role', async (req, res) => {
  const { role } = roleChangeSchema.parse(req.body);
  // expect: unscoped-tenant-query
  const user = await prisma.user.update({ where: { id: req.params.id }, data: { role } });
  res.json({ id: user.id, role: user.role });
});

// ok: missing-role-check
adminRouter.delete('/users/:id', requireRole('OWNER'), async (req, res) => {
  if (req.params.id === req.user!.id) return res.status(400).json({ error: 'You cannot remove yourself' });
  // ok: unscoped-tenant-query
  const { count } = await prisma.user.deleteMany({ where: { id: req.params.id, organizationId: req.user!.organizationId } });
  res.sendStatus(count ? 204 : 404);
});

// ok: missing-role-check
adminRouter.get('/audit-log', async (req, res) => {
  if (req.user!.role !== 'OWNER') return res.status(403).json({ error: 'Owners only' });
  // ok: unscoped-tenant-query
  const entries = await prisma.auditEntry.findMany({
    where: { organizationId: req.user!.organizationId },
    orderBy: { createdAt: 'desc' },
    take: 200,
  });
  res.json(entries);
});
