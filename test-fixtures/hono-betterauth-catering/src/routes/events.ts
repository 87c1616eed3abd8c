import { zValidator } from '@hono/zod-validator';
import { and, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { db } from '../db/index.js';
import { cateringEvents, guests } from '../db/schema.js';
import { requireActiveOrg, requireOrgRole } from '../middleware/org.js';
import { uploadLimiter } from '../middleware/rate-limit.js';
import { requireAuth } from '../middleware/session.js';
import type { AppEnv } from '../types.js';

const eventInput = z.object({
  title: z.string().min(1).max(120),
  clientName: z.string().min(1).max(120),
  venue: z.string().min(1).max(200),
  startsAt: z.coerce.date(),
  guestCount: z.number().int().min(1).max(5000),
});

export const eventsRoutes = new Hono<AppEnv>();

eventsRoutes.use('*', requireAuth, requireActiveOrg);

// ok: missing-auth
eventsRoutes.get('/', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(cateringEvents).where(eq(cateringEvents.organizationId, c.get('orgId'))).orderBy(desc(cateringEvents.startsAt));
  return c.json(rows);
});

// ok: missing-auth
eventsRoutes.get('/:id', async (c) => {
  // ok: unscoped-tenant-query
  const event = await db.query.cateringEvents.findFirst({
    where: and(eq(cateringEvents.id, c.req.param('id')), eq(cateringEvents.organizationId, c.get('orgId'))),
  });
  if (!event) return c.json({ error: 'Not found' }, 404);
  return c.json(event);
});

// ok: missing-input-validation
eventsRoutes.post('/', zValidator('json', eventInput), async (c) => {
  const input = c.req.valid('json');
  const [created] = await db
    .insert(cateringEvents)
    .values({ ...input, id: crypto.randomUUID(), organizationId: c.get('orgId') })
    .returning();
  return c.json(created, 201);
});

// ok: missing-input-validation
eventsRoutes.patch('/:id', zValidator('json', eventInput.partial()), async (c) => {
  const patch = c.req.valid('json');
  // expect: unscoped-tenant-query
  const [updated] = await db.update(cateringEvents).set(patch).where(eq(cateringEvents.id, c.req.param('id'))).returning();
  if (!updated) return c.json({ error: 'Not found' }, 404);
  return c.json(updated);
});

// ok: missing-role-check
eventsRoutes.delete('/:id', requireOrgRole('owner', 'admin'), async (c) => {
  // ok: unscoped-tenant-query
  await db.delete(cateringEvents).where(and(eq(cateringEvents.id, c.req.param('id')), eq(cateringEvents.organizationId, c.get('orgId'))));
  return c.body(null, 204);
});

eventsRoutes.get('/:id/guests', async (c) => {
  // ok: unscoped-tenant-query
  const event = await db.query.cateringEvents.findFirst({
    where: and(eq(cateringEvents.id, c.req.param('id')), eq(cateringEvents.organizationId, c.get('orgId'))),
    columns: { id: true },
  });
  if (!event) return c.json({ error: 'Not found' }, 404);
  // ok: unscoped-tenant-query
  const list = await db.select().from(guests).where(eq(guests.eventId, event.id)).orderBy(guests.table);
  return c.json(list);
});

// ok: missing-rate-limit
// expect: missing-input-validation
eventsRoutes.post('/:id/guests/import', uploadLimiter, async (c) => {
  const orgId = c.get('orgId');
  // ok: unscoped-tenant-query
  const event = await db.query.cateringEvents.findFirst({
    where: and(eq(cateringEvents.id, c.req.param('id')), eq(cateringEvents.organizationId, orgId)),
  });
  if (!event) return c.json({ error: 'Not found' }, 404);

  // expect: unrestricted-upload
  const body = await c.req.parseBody();
  const file = body['file'];
  if (!(file instanceof File)) return c.json({ error: 'file is required' }, 400);

  const rows = (await file.text())
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(','));
  await db.insert(guests).values(
    rows.map(([fullName, dietary, table]) => ({
      id: crypto.randomUUID(),
      organizationId: orgId,
      eventId: event.id,
      fullName,
      dietary,
      table: Number(table),
    })),
  );
  return c.json({ imported: rows.length });
});
