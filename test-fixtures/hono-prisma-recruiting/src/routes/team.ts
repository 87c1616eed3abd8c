import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { env } from '../lib/env';
import { sendMail } from '../lib/mailer';
import { currentUser, isOwner, requireRole, type AppEnv } from '../middleware/auth';

const InviteInput = z.object({ email: z.string().email(), role: z.enum(['recruiter', 'interviewer']) });
const RoleInput = z.object({ role: z.enum(['owner', 'recruiter', 'interviewer']) });

const team = new Hono<AppEnv>();

team.get('/members', async (c) => {
  const user = currentUser(c);
  // ok: unscoped-tenant-query
  const members = await prisma.user.findMany({ where: { companyId: user.companyId }, select: { id: true, name: true, email: true, role: true } });
  return c.json(members);
});

// ok: missing-input-validation
// expect: missing-rate-limit
team.post('/invites', zValidator('json', InviteInput), async (c) => {
  const user = currentUser(c);
  const { email, role } = c.req.valid('json');
  const invite = await prisma.invite.create({
    data: { email, role, companyId: user.companyId, token: crypto.randomUUID(), expiresAt: new Date(Date.now() + 7 * 86400_000) },
  });
  await sendMail(email, 'You have been invited to Hirelane', `${env.APP_URL}/invite/${invite.token}`);
  return c.json({ id: invite.id }, 201);
});

// ok: missing-role-check
team.patch('/members/:id/role', requireRole('owner'), zValidator('json', RoleInput), async (c) => {
  const user = currentUser(c);
  // ok: unscoped-tenant-query
  const { count } = await prisma.user.updateMany({ where: { id: c.req.param('id'), companyId: user.companyId }, data: { role: c.req.valid('json').role } });
  return count ? c.json({ ok: true }) : c.json({ error: 'Not found' }, 404);
});

// ok: missing-role-check
team.delete('/members/:id', async (c) => {
  if (!isOwner(c)) return c.json({ error: 'Only owners can remove members' }, 403);
  const user = currentUser(c);
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: c.req.param('id'), companyId: user.companyId } });
  return c.body(null, 204);
});

export default team;
