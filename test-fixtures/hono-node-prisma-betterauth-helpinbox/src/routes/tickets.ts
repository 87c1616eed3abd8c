import { Hono } from 'hono';
import { createFactory } from 'hono/factory';
import { zValidator } from '@hono/zod-validator';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { prisma } from '../lib/prisma.js';
import type { AppEnv } from '../lib/env.js';
import { requireUser, requireOrgRole, activeOrgId } from '../middleware/session.js';
import { exportLimiter } from '../middleware/limits.js';
import { findTicketForOrg, listReplies } from '../services/tickets.js';
import { uploadToBucket } from '../services/storage.js';

const CreateTicket = z.object({
  subject: z.string().min(3).max(200),
  requesterEmail: z.string().email(),
  priority: z.enum(['low', 'normal', 'high', 'urgent']).default('normal'),
});

const ReplyInput = z.object({ body: z.string().min(1).max(10_000), internal: z.boolean().default(false) });

export const tickets = new Hono<AppEnv>();
const factory = createFactory<AppEnv>();

tickets.use('*', requireUser);

// ok: missing-auth, unscoped-tenant-query
tickets.get('/', zValidator('query', z.object({ status: z.enum(['open', 'pending', 'closed']).optional() })), async (c) => {
  const { status } = c.req.valid('query');
  const rows = await prisma.ticket.findMany({
    where: { organizationId: activeOrgId(c), ...(status ? { status } : {}) },
    orderBy: { createdAt: 'desc' },
    take: 50,
  });
  return c.json(rows);
});

// ok: missing-rate-limit
tickets.get('/export.csv', exportLimiter, async (c) => {
  // ok: unscoped-tenant-query
  const rows = await prisma.ticket.findMany({ where: { organizationId: activeOrgId(c) } });
  c.header('content-type', 'text/csv');
  return c.body(rows.map((t) => `${t.id},${t.status},${JSON.stringify(t.subject)}`).join('\n'));
});

tickets.get('/:id', async (c) => {
  // ok: unscoped-tenant-query
  const ticket = await prisma.ticket.findUnique({ where: { id: c.req.param('id') } });
  if (!ticket || ticket.organizationId !== c.get('session')?.activeOrganizationId) {
    return c.json({ error: 'not found' }, 404);
  }
  return c.json(ticket);
});

tickets.get('/:id/replies', async (c) => {
  return c.json(await listReplies(c.req.param('id')));
});

// ok: missing-input-validation
tickets.post('/', zValidator('json', CreateTicket), async (c) => {
  const ticket = await prisma.ticket.create({ data: { ...c.req.valid('json'), organizationId: activeOrgId(c) } });
  return c.json(ticket, 201);
});

// expect: missing-input-validation
tickets.patch('/:id', async (c) => {
  const changes = await c.req.json();
  // expect: unscoped-tenant-query
  const ticket = await prisma.ticket.update({ where: { id: c.req.param('id') }, data: changes });
  return c.json(ticket);
});

// ok: missing-input-validation
tickets.post('/:id/replies', zValidator('json', ReplyInput), async (c) => {
  const orgId = activeOrgId(c);
  // ok: unscoped-tenant-query
  const ticket = await findTicketForOrg(c.req.param('id'), orgId);
  if (!ticket) return c.json({ error: 'not found' }, 404);
  const reply = await prisma.reply.create({
    data: { ...c.req.valid('json'), ticketId: ticket.id, organizationId: orgId, authorId: c.get('user')!.id },
  });
  return c.json(reply, 201);
});

tickets.post('/:id/assign', zValidator('json', z.object({ assigneeId: z.string().min(1) })), async (c) => {
  // ok: unscoped-tenant-query
  const { count } = await prisma.ticket.updateMany({
    where: { id: c.req.param('id'), organizationId: activeOrgId(c) },
    data: { assigneeId: c.req.valid('json').assigneeId },
  });
  return count ? c.body(null, 204) : c.json({ error: 'not found' }, 404);
});

// ok: missing-role-check
tickets.delete('/:id', requireOrgRole('owner', 'admin'), async (c) => {
  // ok: unscoped-tenant-query
  await prisma.ticket.deleteMany({ where: { id: c.req.param('id'), organizationId: activeOrgId(c) } });
  return c.body(null, 204);
});

// expect: missing-rate-limit, missing-input-validation
tickets.post('/:id/attachments', async (c) => {
  const orgId = activeOrgId(c);
  const ticket = await findTicketForOrg(c.req.param('id'), orgId);
  if (!ticket) return c.json({ error: 'not found' }, 404);
  // expect: unrestricted-upload
  const body = await c.req.parseBody();
  const file = body['file'] as File;
  const url = await uploadToBucket(`${orgId}/${ticket.id}/${file.name}`, file);
  const attachment = await prisma.attachment.create({
    data: { organizationId: orgId, ticketId: ticket.id, fileName: file.name, contentType: file.type, sizeBytes: file.size, url },
  });
  return c.json(attachment, 201);
});

const ALLOWED_AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

// ok: missing-rate-limit
tickets.post('/:id/screenshot', exportLimiter, bodyLimit({ maxSize: 2 * 1024 * 1024 }), async (c) => {
  const orgId = activeOrgId(c);
  const ticket = await findTicketForOrg(c.req.param('id'), orgId);
  if (!ticket) return c.json({ error: 'not found' }, 404);
  // ok: unrestricted-upload
  const body = await c.req.parseBody();
  const file = body['screenshot'];
  if (!(file instanceof File) || !ALLOWED_AVATAR_TYPES.includes(file.type)) return c.json({ error: 'unsupported file' }, 415);
  const url = await uploadToBucket(`${orgId}/${ticket.id}/screenshot`, file);
  return c.json({ url }, 201);
});

// ok: missing-role-check, missing-input-validation
tickets.post(
  '/manage/bulk-close',
  ...factory.createHandlers(requireOrgRole('owner', 'admin'), zValidator('json', z.object({ ids: z.array(z.string()).max(500) })), async (c) => {
    // ok: unscoped-tenant-query
    const { count } = await prisma.ticket.updateMany({ where: { id: { in: c.req.valid('json').ids }, organizationId: activeOrgId(c) }, data: { status: 'closed' } });
    return c.json({ closed: count });
  }),
);

// expect: missing-role-check
tickets.post('/manage/purge-closed', async (c) => {
  // ok: unscoped-tenant-query
  const { count } = await prisma.ticket.deleteMany({ where: { organizationId: activeOrgId(c), status: 'closed' } });
  return c.json({ purged: count });
});
