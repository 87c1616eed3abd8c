import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { db } from '../lib/db';
import { createEventSchema, updateEventSchema } from '../lib/schemas';
import { requireUser, requireOrgAdmin, requireActiveOrg, type AuthVars } from '../middleware/auth';
import { exportLimiter, uploadLimiter } from '../middleware/limits';
import { putFile } from '../lib/storage';

const MAX_COVER = 5 * 1024 * 1024;

export const events = new Hono<{ Variables: AuthVars }>();

// public listing, registered before the auth middleware on purpose
// ok: missing-auth, unscoped-tenant-query
events.get('/public', async (c) => {
  const rows = await db.event.findMany({
    where: { published: true, startsAt: { gte: new Date() } },
    orderBy: { startsAt: 'asc' },
    take: 50,
  });
  return c.json(rows);
});

// ok: missing-auth, unscoped-tenant-query
events.get('/public/:slug', async (c) => {
  const event = await db.event.findFirst({ where: { slug: c.req.param('slug'), published: true } });
  return event ? c.json(event) : c.json({ error: 'not_found' }, 404);
});

events.use('*', requireUser);

// ok: missing-auth, unscoped-tenant-query
events.get('/', async (c) => {
  const orgId = requireActiveOrg(c);
  return c.json(await db.event.findMany({ where: { orgId }, orderBy: { startsAt: 'desc' } }));
});

// ok: unscoped-tenant-query
events.get('/:id', async (c) => {
  const event = await db.event.findFirst({ where: { id: c.req.param('id'), orgId: requireActiveOrg(c) } });
  if (!event) return c.json({ error: 'not_found' }, 404);
  return c.json(event);
});

// ok: missing-input-validation
events.post('/', zValidator('json', createEventSchema), async (c) => {
  const data = c.req.valid('json');
  const event = await db.event.create({ data: { ...data, orgId: requireActiveOrg(c) } });
  return c.json(event, 201);
});

// ok: missing-input-validation
events.patch('/:id', zValidator('json', updateEventSchema), async (c) => {
  // expect: unscoped-tenant-query
  const event = await db.event.update({ where: { id: c.req.param('id') }, data: c.req.valid('json') });
  return c.json(event);
});

// expect: missing-input-validation
events.post('/:id/publish', requireOrgAdmin, async (c) => {
  const body = await c.req.json();
  // ok: unscoped-tenant-query
  const { count } = await db.event.updateMany({
    where: { id: c.req.param('id'), orgId: requireActiveOrg(c) },
    data: { published: body.published, description: body.description },
  });
  return count ? c.body(null, 204) : c.json({ error: 'not_found' }, 404);
});

events.delete('/:id', requireOrgAdmin, async (c) => {
  // ok: unscoped-tenant-query
  const { count } = await db.event.deleteMany({ where: { id: c.req.param('id'), orgId: requireActiveOrg(c) } });
  return count ? c.body(null, 204) : c.json({ error: 'not_found' }, 404);
});

events.get('/:id/attendees', async (c) => {
  // expect: unscoped-tenant-query
  const tickets = await db.ticket.findMany({
    where: { eventId: c.req.param('id') },
    select: { holderEmail: true, status: true, checkedInAt: true },
  });
  return c.json(tickets);
});

// ok: missing-rate-limit
events.get('/:id/attendees/export', exportLimiter, async (c) => {
  // ok: unscoped-tenant-query
  const event = await db.event.findFirst({ where: { id: c.req.param('id'), orgId: requireActiveOrg(c) } });
  if (!event) return c.json({ error: 'not_found' }, 404);
  // ok: unscoped-tenant-query
  const tickets = await db.ticket.findMany({ where: { eventId: event.id } });
  const csv = ['email,status', ...tickets.map((t) => `${t.holderEmail},${t.status}`)].join('\n');
  return c.body(csv, 200, { 'content-type': 'text/csv' });
});

// ok: missing-rate-limit, missing-input-validation
events.post('/:id/cover', requireOrgAdmin, uploadLimiter, async (c) => {
  // ok: unrestricted-upload
  const body = await c.req.parseBody();
  const file = body['cover'];
  if (!(file instanceof File)) return c.json({ error: 'cover required' }, 400);
  if (file.size > MAX_COVER) return c.json({ error: 'too large' }, 413);
  if (!['image/png', 'image/jpeg', 'image/webp'].includes(file.type)) return c.json({ error: 'unsupported type' }, 415);
  const url = await putFile(`covers/${crypto.randomUUID()}`, file);
  // ok: unscoped-tenant-query
  await db.event.updateMany({ where: { id: c.req.param('id'), orgId: requireActiveOrg(c) }, data: { coverUrl: url } });
  return c.json({ url });
});

// expect: missing-rate-limit, missing-input-validation
events.post('/:id/attachments', async (c) => {
  const orgId = requireActiveOrg(c);
  // ok: unscoped-tenant-query
  const event = await db.event.findFirst({ where: { id: c.req.param('id'), orgId } });
  if (!event) return c.json({ error: 'not_found' }, 404);
  // expect: unrestricted-upload
  const body = await c.req.parseBody();
  const file = body['file'] as File;
  if (file.size > 20 * 1024 * 1024) return c.json({ error: 'too large' }, 413);
  const url = await putFile(`attachments/${event.id}/${crypto.randomUUID()}`, file);
  const row = await db.attachment.create({ data: { eventId: event.id, orgId, name: file.name, url } });
  return c.json(row, 201);
});
