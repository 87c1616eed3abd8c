import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { setCookie } from 'hono/cookie';
import { z } from 'zod';
import { prisma } from '../lib/prisma.js';
import type { AppEnv } from '../lib/env.js';
import { requireOrgRole, activeOrgId } from '../middleware/session.js';
import { exportLimiter } from '../middleware/limits.js';

export const admin = new Hono<AppEnv>();

// ok: missing-role-check, missing-auth, unscoped-tenant-query
admin.get('/members', requireOrgRole('owner', 'admin'), async (c) => {
  const members = await prisma.member.findMany({ where: { organizationId: activeOrgId(c) }, include: { user: true } });
  return c.json(members.map((m) => ({ id: m.id, role: m.role, email: m.user.email })));
});

// ok: missing-input-validation
// expect: missing-role-check
admin.post('/members/:memberId/role', zValidator('json', z.object({ role: z.enum(['owner', 'admin', 'member']) })), async (c) => {
  // expect: unscoped-tenant-query
  const member = await prisma.member.update({ where: { id: c.req.param('memberId') }, data: { role: c.req.valid('json').role } });
  return c.json(member);
});

// ok: missing-role-check
admin.delete('/members/:memberId', requireOrgRole('owner'), async (c) => {
  // ok: unscoped-tenant-query
  await prisma.member.deleteMany({ where: { id: c.req.param('memberId'), organizationId: activeOrgId(c) } });
  return c.body(null, 204);
});

// ok: missing-role-check, missing-rate-limit
admin.get('/export/audit.csv', exportLimiter, async (c) => {
  const session = c.get('session')!;
  const me = await prisma.member.findFirst({ where: { organizationId: activeOrgId(c), userId: session.userId } });
  if (me?.role !== 'owner') return c.json({ error: 'forbidden' }, 403);
  // ok: unscoped-tenant-query
  const rows = await prisma.ticket.findMany({ where: { organizationId: activeOrgId(c) }, include: { replies: true } });
  return c.body(rows.map((r) => `${r.id},${r.replies.length}`).join('\n'));
});

// ok: missing-role-check
admin.post('/users/:userId/impersonate', requireOrgRole('owner'), async (c) => {
  const target = await prisma.member.findFirst({ where: { userId: c.req.param('userId'), organizationId: activeOrgId(c) } });
  if (!target) return c.json({ error: 'not found' }, 404);
  const token = crypto.randomUUID();
  await prisma.session.create({
    data: { id: crypto.randomUUID(), token, userId: target.userId, expiresAt: new Date(Date.now() + 15 * 60_000), activeOrganizationId: activeOrgId(c) },
  });
  // expect: insecure-cookie
  setCookie(c, 'impersonation_token', token, { path: '/' });
  return c.json({ ok: true });
});
