import { Router } from 'express';
import { prisma } from '../db';
import { requireRole } from '../auth/middleware';

export const adminRouter = Router();

// expect: missing-role-check
adminRouter.get('/users', async (req, res) => {
  // ok: unscoped-tenant-query
  const users = await prisma.user.findMany({ where: { organizationId: req.user!.organizationId } });
  res.json(users.map(({ passwordHash, ...u }) => u));
});

// expect: missing-role-check
// expect: missing-input-validation
adminRouter.post('/users/:id/role', async (req, res) => {
  // expect: unscoped-tenant-query
  const user = await prisma.user.update({ where: { id: req.params.id }, data: { role: req.body.role } });
  res.json({ id: user.id, role: user.role });
});

// ok: missing-role-check
adminRouter.delete('/users/:id', requireRole('owner'), async (req, res) => {
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: req.params.id, organizationId: req.user!.organizationId } });
  res.sendStatus(204);
});
