import { zValidator } from '@hono/zod-validator';
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { db } from '../db/index.js';
import { invitation, member, user } from '../db/schema.js';
import { env } from '../env.js';
import { sendMail } from '../lib/mailer.js';
import { requireOrgRole } from '../middleware/org.js';
import type { AppEnv } from '../types.js';

// Mounted inside the guarded /api sub-app (see routes/api.ts).
export const staffRoutes = new Hono<AppEnv>();

staffRoutes.get('/', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await db.select({ id: member.id, role: member.role, name: user.name, email: user.email }).from(member).innerJoin(user, eq(user.id, member.userId)).where(eq(member.organizationId, c.get('orgId')));
  return c.json(rows);
});

const roleInput = z.object({ role: z.enum(['admin', 'chef', 'server']) });

// ok: missing-role-check
// ok: missing-input-validation
staffRoutes.patch('/:memberId/role', requireOrgRole('owner', 'admin'), zValidator('json', roleInput), async (c) => {
  const { role } = c.req.valid('json');
  // ok: unscoped-tenant-query
  const [updated] = await db.update(member).set({ role }).where(and(eq(member.id, c.req.param('memberId')), eq(member.organizationId, c.get('orgId')))).returning();
  if (!updated) return c.json({ error: 'Not found' }, 404);
  return c.json(updated);
});

// expect: missing-role-check
staffRoutes.delete('/:memberId', async (c) => {
  // ok: unscoped-tenant-query
  await db.delete(member).where(and(eq(member.id, c.req.param('memberId')), eq(member.organizationId, c.get('orgId'))));
  return c.body(null, 204);
});

// expect: missing-rate-limit
// ok: missing-input-validation
staffRoutes.post('/invite', zValidator('json', z.object({ email: z.string().email() })), async (c) => {
  const { email } = c.req.valid('json');
  const id = crypto.randomUUID();
  await db.insert(invitation).values({
    id,
    organizationId: c.get('orgId'),
    email,
    role: 'server',
    status: 'pending',
    expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    inviterId: c.get('user')!.id,
  });
  await sendMail(email, 'You have been invited to Catering HQ', `${env.appUrl}/accept-invitation/${id}`);
  return c.json({ id }, 201);
});
