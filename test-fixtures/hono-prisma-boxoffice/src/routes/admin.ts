import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { env } from '../env';
import { prisma } from '../lib/db';

export const admin = new Hono();

admin.use('*', bearerAuth({ token: env.ADMIN_API_TOKEN }));

// ok: missing-auth, missing-role-check
admin.get('/accounts', async (c) => {
  // ok: unscoped-tenant-query
  const accounts = await prisma.account.findMany({ include: { _count: { select: { events: true, users: true } } } });
  return c.json(accounts);
});

// ok: missing-auth, missing-role-check, missing-input-validation
admin.post('/accounts/:id/suspend', async (c) => {
  // ok: unscoped-tenant-query
  await prisma.account.update({ where: { id: c.req.param('id') }, data: { plan: 'suspended' } });
  return c.json({ ok: true });
});
