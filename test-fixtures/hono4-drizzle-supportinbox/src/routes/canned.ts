import { Hono } from 'hono';
import { createFactory } from 'hono/factory';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { cannedReplies, db } from '../db';
import { claims } from '../lib/scope';

export const cannedRoutes = new Hono();
const factory = createFactory();

const importHandlers = factory.createHandlers(
  zValidator('json', z.array(z.object({ title: z.string().min(1), body: z.string().min(1) })).max(200)),
  async (c) => {
    const rows = c.req.valid('json').map((r) => ({ ...r, orgId: claims(c).orgId }));
    await db.insert(cannedReplies).values(rows);
    return c.json({ imported: rows.length }, 201);
  },
);

const bulkRetitle = factory.createHandlers(async (c) => {
  const { ids, prefix } = await c.req.json();
  for (const id of ids) {
    // expect: unscoped-tenant-query
    await db.update(cannedReplies).set({ title: `${prefix} ${id}` }).where(eq(cannedReplies.id, id));
  }
  return c.json({ ok: true });
});

// ok: missing-input-validation
cannedRoutes.post('/import', ...importHandlers);
// expect: missing-input-validation
cannedRoutes.post('/retitle', ...bulkRetitle);

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
