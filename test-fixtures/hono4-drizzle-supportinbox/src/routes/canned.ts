import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { cannedReplies, db } from '../db';
import { claims } from '../lib/scope';

export const cannedRoutes = new Hono();

cannedRoutes.get('/', async (c) => {
  // ok: unscoped-tenant-query
  return c.json(await db.select().from(cannedReplies).where(eq(cannedReplies.orgId, claims(c).orgId)));
});

// ok: missing-input-validation
cannedRoutes.put('/:id', zValidator('json', z.object({ title: z.string().min(1), body: z.string().min(1) })), async (c) => {
  const data = c.req.valid('json');
  // expect: unscoped-tenant-query
  await db.update(cannedReplies).set(data).where(eq(cannedReplies.id, c.req.param('id')));
  return c.json({ ok: true });
});

cannedRoutes.delete('/:id', async (c) => {
  const { orgId } = claims(c);
  // ok: unscoped-tenant-query
  await db.delete(cannedReplies).where(and(eq(cannedReplies.id, c.req.param('id')), eq(cannedReplies.orgId, orgId)));
  return c.body(null, 204);
});
