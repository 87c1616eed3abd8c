import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { currentUser, requireRole, type AppEnv } from '../middleware/auth';

// Company settings area for account owners
const admin = new Hono<AppEnv>();

// ok: missing-role-check
admin.get('/billing', requireRole('owner'), async (c) => {
  const user = currentUser(c);
  const company = await prisma.company.findUnique({ where: { id: user.companyId }, select: { subscriptionStatus: true, stripeCustomerId: true } });
  return c.json(company);
});

// expect: missing-role-check
admin.patch('/users/:id/role', zValidator('json', z.object({ role: z.enum(['owner', 'recruiter', 'interviewer']) })), async (c) => {
  const user = currentUser(c);
  // ok: unscoped-tenant-query
  await prisma.user.updateMany({ where: { id: c.req.param('id'), companyId: user.companyId }, data: { role: c.req.valid('json').role } });
  return c.json({ ok: true });
});

// expect: missing-role-check
admin.get('/users', async (c) => {
  const user = currentUser(c);
  // ok: unscoped-tenant-query
  const users = await prisma.user.findMany({ where: { companyId: user.companyId } });
  return c.json(users);
});

// ok: missing-role-check
admin.delete('/company', async (c) => {
  const user = currentUser(c);
  if (user.role !== 'owner') return c.json({ error: 'forbidden' }, 403);
  await prisma.company.delete({ where: { id: user.companyId } });
  return c.body(null, 204);
});

export default admin;
