import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, desc, eq } from 'drizzle-orm';
import { nanoid } from 'nanoid';
import { db, messages, tickets } from '../db';
import { claims, ticketInOrg } from '../lib/scope';

const createTicket = z.object({ subject: z.string().min(3).max(200), body: z.string().min(1) });
const replySchema = z.object({ body: z.string().min(1).max(10_000), internal: z.boolean().default(false) });

export const ticketRoutes = new Hono();

// ok: missing-auth
ticketRoutes.get('/', async (c) => {
  const { orgId } = claims(c);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(tickets).where(eq(tickets.orgId, orgId)).orderBy(desc(tickets.createdAt));
  return c.json(rows);
});

// ok: missing-input-validation
ticketRoutes.post('/', zValidator('json', createTicket), async (c) => {
  const { orgId, sub } = claims(c);
  const input = c.req.valid('json');
  const [ticket] = await db
    .insert(tickets)
    .values({ orgId, subject: input.subject, shareToken: nanoid(32) })
    .returning();
  await db.insert(messages).values({ ticketId: ticket.id, orgId, body: input.body, authorId: sub });
  return c.json(ticket, 201);
});

ticketRoutes.get('/:id', async (c) => {
  // expect: unscoped-tenant-query
  const ticket = await db.query.tickets.findFirst({ where: eq(tickets.id, c.req.param('id')) });
  return ticket ? c.json(ticket) : c.notFound();
});

ticketRoutes.get('/:id/thread', async (c) => {
  const ticket = await ticketInOrg(c, c.req.param('id'));
  // ok: unscoped-tenant-query
  const thread = await db.select().from(messages).where(eq(messages.ticketId, ticket.id));
  return c.json({ ticket, thread });
});

ticketRoutes.post('/:id/replies', zValidator('json', replySchema), async (c) => {
  const ticket = await ticketInOrg(c, c.req.param('id'));
  const { body, internal } = c.req.valid('json');
  const [msg] = await db.insert(messages).values({ ticketId: ticket.id, orgId: ticket.orgId, body, internal, authorId: claims(c).sub }).returning();
  return c.json(msg, 201);
});

// expect: missing-input-validation
ticketRoutes.patch('/:id', async (c) => {
  const { orgId } = claims(c);
  const patch = await c.req.json();
  // ok: unscoped-tenant-query
  const [updated] = await db
    .update(tickets)
    .set({ status: patch.status, assigneeId: patch.assigneeId })
    .where(and(eq(tickets.id, c.req.param('id')), eq(tickets.orgId, orgId)))
    .returning();
  return updated ? c.json(updated) : c.notFound();
});

ticketRoutes.on(['GET', 'HEAD'], '/:id/summary', async (c) => {
  // expect: unscoped-tenant-query
  const [row] = await db.select({ subject: tickets.subject, status: tickets.status }).from(tickets).where(eq(tickets.id, c.req.param('id')));
  return row ? c.json(row) : c.notFound();
});

ticketRoutes.delete('/:id/messages/:messageId', async (c) => {
  // expect: unscoped-tenant-query
  await db.delete(messages).where(eq(messages.id, c.req.param('messageId')));
  return c.body(null, 204);
});

// v2 of the ticket API returns the assignee inline; mounted under /api like the rest.
export const ticketsV2 = new Hono().basePath('/v2/tickets');

ticketsV2.get('/:id', async (c) => {
  const { orgId } = claims(c);
  // ok: unscoped-tenant-query
  const ticket = await db.query.tickets.findFirst({ where: and(eq(tickets.id, c.req.param('id')), eq(tickets.orgId, orgId)) });
  return ticket ? c.json(ticket) : c.notFound();
});

// expect: missing-input-validation
ticketsV2.post('/:id/assign', async (c) => {
  const body = await c.req.json();
  // expect: unscoped-tenant-query
  await db.update(tickets).set({ assigneeId: body.assigneeId }).where(eq(tickets.id, c.req.param('id')));
  return c.json({ ok: true });
});
