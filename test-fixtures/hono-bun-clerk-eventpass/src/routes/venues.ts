import { Hono } from 'hono';
import { every } from 'hono/combine';
import { bodyLimit } from 'hono/body-limit';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { db } from '../lib/db';
import { putFile } from '../lib/storage';
import { requireUser, requireOrgAdmin, requireActiveOrg, type AuthVars } from '../middleware/auth';
import { uploadLimiter } from '../middleware/limits';

const noteSchema = z.object({ eventId: z.string().cuid(), note: z.string().max(500) });

export const venues = new Hono<{ Variables: AuthVars }>();

// ok: missing-auth, missing-role-check, missing-input-validation
venues.post('/manage/notes', every(requireUser, requireOrgAdmin), zValidator('form', noteSchema), async (c) => {
  const { eventId, note } = c.req.valid('form');
  // ok: unscoped-tenant-query
  const { count } = await db.event.updateMany({ where: { id: eventId, orgId: requireActiveOrg(c) }, data: { description: note } });
  return count ? c.json({ ok: true }) : c.json({ error: 'not_found' }, 404);
});

// ok: missing-auth, missing-rate-limit, unrestricted-upload
venues.post('/floorplans/:eventId', requireUser, uploadLimiter, bodyLimit({ maxSize: 4 * 1024 * 1024 }), async (c) => {
  const orgId = requireActiveOrg(c);
  // ok: unscoped-tenant-query
  const event = await db.event.findFirst({ where: { id: c.req.param('eventId'), orgId } });
  if (!event) return c.json({ error: 'not_found' }, 404);
  // ok: unrestricted-upload
  const form = await c.req.parseBody();
  const plan = form['plan'];
  if (!(plan instanceof File) || plan.type !== 'application/pdf') return c.json({ error: 'pdf required' }, 415);
  const url = await putFile(`floorplans/${event.id}.pdf`, plan);
  return c.json({ url });
});

// ok: missing-auth
venues.post('/feedback', requireUser, zValidator('json', z.object({ eventId: z.string(), rating: z.number().int().min(1).max(5) })), async (c) => {
  const body = c.req.valid('json');
  // ok: token-logging
  console.log('feedback received', body);
  return c.json({ thanks: true });
});

// expect: missing-rate-limit, missing-role-check
// ok: missing-auth
venues.get('/manage/export', requireUser, async (c) => {
  // ok: unscoped-tenant-query
  const rows = await db.ticket.findMany({ where: { orgId: requireActiveOrg(c) }, select: { holderEmail: true, status: true } });
  return c.body(rows.map((r) => `${r.holderEmail},${r.status}`).join('\n'), 200, { 'content-type': 'text/csv' });
});
