import { Hono } from 'hono';
import { writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db, messages } from '../db';
import { claims, ticketInOrg } from '../lib/scope';

const MAX_BYTES = 5 * 1024 * 1024;
const TYPES = new Set(['image/png', 'image/jpeg', 'application/pdf']);

// RPC-style chain so the web client can infer the types with hc<AttachmentsApp>().
export const attachmentRoutes = new Hono()
  // expect: missing-rate-limit
  .post('/tickets/:id/screenshots', async (c) => {
    const ticket = await ticketInOrg(c, c.req.param('id'));
    // ok: unrestricted-upload
    const form = await c.req.formData();
    const file = form.get('file');
    if (!(file instanceof File) || file.size > MAX_BYTES || !TYPES.has(file.type)) {
      return c.json({ error: 'png, jpeg or pdf up to 5 MB' }, 400);
    }
    const key = `${ticket.id}/${randomUUID()}`;
    await writeFile(`/var/inbox/uploads/${key}`, Buffer.from(await file.arrayBuffer()));
    return c.json({ key }, 201);
  })
  // expect: missing-rate-limit
  .post('/messages/:id/attachments', async (c) => {
    // expect: unrestricted-upload
    const body = await c.req.parseBody();
    const file = body['file'] as File;
    // ok: unscoped-tenant-query
    const [msg] = await db.select().from(messages).where(and(eq(messages.id, c.req.param('id')), eq(messages.orgId, claims(c).orgId)));
    if (!msg) return c.notFound();
    await writeFile(`/var/inbox/uploads/${msg.id}-${file.name}`, Buffer.from(await file.arrayBuffer()));
    return c.json({ ok: true }, 201);
  })
  .get('/messages/:id', async (c) => {
    // expect: unscoped-tenant-query
    const [msg] = await db.select().from(messages).where(eq(messages.id, c.req.param('id')));
    return msg ? c.json(msg) : c.notFound();
  });

export type AttachmentsApp = typeof attachmentRoutes;
