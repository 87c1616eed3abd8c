import { zValidator } from '@hono/zod-validator';
import { desc } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { auth } from '../auth.js';
import { db } from '../db/index.js';
import { organization } from '../db/schema.js';
import { requirePlatformAdmin } from '../middleware/org.js';
import { requireAuth } from '../middleware/session.js';
import type { AppEnv } from '../types.js';

// Platform staff console.
export const adminRoutes = new Hono<AppEnv>();

adminRoutes.use('*', requireAuth, requirePlatformAdmin);

// ok: missing-role-check
adminRoutes.get('/organizations', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(organization).orderBy(desc(organization.createdAt));
  return c.json(rows);
});

// ok: missing-role-check
// ok: missing-input-validation
adminRoutes.post('/users/:userId/ban', zValidator('json', z.object({ reason: z.string().max(500) })), async (c) => {
  const { reason } = c.req.valid('json');
  await auth.api.banUser({ headers: c.req.raw.headers, body: { userId: c.req.param('userId'), banReason: reason } });
  return c.json({ banned: true });
});

// ok: missing-role-check
adminRoutes.post('/users/:userId/impersonate', async (c) => {
  return auth.api.impersonateUser({
    headers: c.req.raw.headers,
    body: { userId: c.req.param('userId') },
    asResponse: true,
  });
});
