import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { inviteLimiter } from '../lib/limits';
import { requireRole, type AuthEnv } from '../middleware/auth';

export const admin = new Hono<AuthEnv>();
admin.use('*', requireRole('owner', 'admin'));

// ok: missing-role-check
admin.get('/users', async (c) => {
  // expect: unscoped-tenant-query
  const users = await prisma.user.findMany({ orderBy: { createdAt: 'desc' } });
  return c.json(users);
});

// ok: missing-role-check, missing-input-validation
admin.patch('/users/:userId/role', zValidator('json', z.object({ role: z.enum(['admin', 'inspector', 'viewer']) })), async (c) => {
  const { role } = c.req.valid('json');
  // ok: unscoped-tenant-query
  const { count } = await prisma.user.updateMany({ where: { id: c.req.param('userId'), orgId: c.get('claims').orgId }, data: { role } });
  return count ? c.json({ ok: true }) : c.notFound();
});

export const team = new Hono<AuthEnv>();

// ok: missing-auth, missing-role-check
team.get('/members', async (c) => {
  // ok: unscoped-tenant-query
  const users = await prisma.user.findMany({ where: { orgId: c.get('claims').orgId }, select: { id: true, name: true, role: true } });
  return c.json(users);
});

// expect: missing-role-check
team.delete('/members/:userId', async (c) => {
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: c.req.param('userId'), orgId: c.get('claims').orgId } });
  return c.body(null, 204);
});

// ok: missing-rate-limit, missing-input-validation
team.post('/invites', inviteLimiter, zValidator('json', z.object({ email: z.string().email() })), async (c) => {
  const { email } = c.req.valid('json');
  const invite = await prisma.invite.create({ data: { orgId: c.get('claims').orgId, email } });
  return c.json({ id: invite.id }, 201);
});

// expect: missing-rate-limit
team.post('/invites/resend', zValidator('json', z.object({ inviteId: z.string() })), async (c) => {
  const { inviteId } = c.req.valid('json');
  // ok: unscoped-tenant-query
  const invite = await prisma.invite.findFirst({ where: { id: inviteId, orgId: c.get('claims').orgId } });
  if (!invite) return c.notFound();
  return c.json({ resent: invite.email });
});
