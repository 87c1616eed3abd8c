import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { db, schema } from '../db/index.js';
import { orgOf, requireOrgRole, requireUser } from '../middleware/session.js';
import { auth } from '../lib/auth.js';
import type { AppEnv } from '../lib/types.js';

export const adminRoutes = new Hono<AppEnv>();
adminRoutes.use('*', requireUser, requireOrgRole('owner', 'admin'));

// ok: missing-role-check
adminRoutes.get('/members', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(schema.member).where(eq(schema.member.organizationId, orgOf(c)));
  return c.json(rows);
});

// ok: missing-role-check, missing-input-validation
adminRoutes.patch('/members/:memberId', zValidator('json', z.object({ role: z.enum(['member', 'admin']) })), async (c) => {
  // ok: unscoped-tenant-query
  await db
    .update(schema.member)
    .set({ role: c.req.valid('json').role })
    .where(and(eq(schema.member.id, c.req.param('memberId')), eq(schema.member.organizationId, orgOf(c))));
  return c.body(null, 204);
});

// expect: missing-rate-limit
adminRoutes.post('/invitations', zValidator('json', z.object({ email: z.string().email(), role: z.enum(['member', 'admin']) })), async (c) => {
  const { email, role } = c.req.valid('json');
  const invitation = await auth.api.createInvitation({
    headers: c.req.raw.headers,
    body: { email, role, organizationId: orgOf(c) },
  });
  return c.json({ id: invitation.id }, 201);
});
