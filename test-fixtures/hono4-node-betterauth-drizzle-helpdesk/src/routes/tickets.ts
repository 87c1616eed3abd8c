import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, desc, eq } from 'drizzle-orm';
import { db, schema } from '../db/index.js';
import { orgOf, requireUser } from '../middleware/session.js';
import { assertTicketInOrg } from '../services/tickets.js';
import type { AppEnv } from '../lib/types.js';

const { tickets, comments } = schema;

export const ticketsRoutes = new Hono<AppEnv>();
ticketsRoutes.use('*', requireUser);

const idParam = z.object({ id: z.coerce.number().int().positive() });
const ticketPatch = z.object({
  status: z.enum(['open', 'pending', 'solved', 'closed']).optional(),
  priority: z.enum(['low', 'normal', 'high', 'urgent']).optional(),
  assigneeId: z.string().nullable().optional(),
});

ticketsRoutes.get('/', async (c) => {
  const status = c.req.query('status');
  const filters = [eq(tickets.organizationId, orgOf(c))];
  if (status) filters.push(eq(tickets.status, status));
  // ok: unscoped-tenant-query
  const rows = await db.select().from(tickets).where(and(...filters)).orderBy(desc(tickets.createdAt)).limit(50);
  return c.json(rows);
});

ticketsRoutes.get('/:id', zValidator('param', idParam), async (c) => {
  const { id } = c.req.valid('param');
  // ok: unscoped-tenant-query
  const ticket = await db.query.tickets.findFirst({
    where: and(eq(tickets.id, id), eq(tickets.organizationId, orgOf(c))),
  });
  return ticket ? c.json(ticket) : c.json({ error: 'not found' }, 404);
});

// expect: missing-input-validation
ticketsRoutes.post('/', async (c) => {
  const body = await c.req.json();
  const [created] = await db
    .insert(tickets)
    .values({ ...body, organizationId: orgOf(c), portalToken: crypto.randomUUID() })
    .returning();
  return c.json(created, 201);
});

// ok: missing-input-validation
ticketsRoutes.patch('/:id', zValidator('param', idParam), zValidator('json', ticketPatch), async (c) => {
  const { id } = c.req.valid('param');
  // expect: unscoped-tenant-query
  const [updated] = await db.update(tickets).set(c.req.valid('json')).where(eq(tickets.id, id)).returning();
  return c.json(updated);
});

ticketsRoutes.delete('/:id', zValidator('param', idParam), async (c) => {
  const { id } = c.req.valid('param');
  // ok: unscoped-tenant-query
  const existing = await db.query.tickets.findFirst({ where: eq(tickets.id, id) });
  if (!existing || existing.organizationId !== orgOf(c)) return c.json({ error: 'not found' }, 404);
  // ok: unscoped-tenant-query
  await db.delete(tickets).where(eq(tickets.id, id));
  return c.body(null, 204);
});

ticketsRoutes.get('/:id/comments', zValidator('param', idParam), async (c) => {
  const { id } = c.req.valid('param');
  // ok: unscoped-tenant-query
  const rows = await db
    .select({ id: comments.id, body: comments.body, authorId: comments.authorId, createdAt: comments.createdAt })
    .from(comments)
    .innerJoin(tickets, eq(tickets.id, comments.ticketId))
    .where(and(eq(comments.ticketId, id), eq(tickets.organizationId, orgOf(c))));
  return c.json(rows);
});

// ok: missing-input-validation
ticketsRoutes.post('/:id/comments', zValidator('param', idParam), zValidator('json', z.object({ body: z.string().min(1).max(20_000), internal: z.boolean().default(false) })), async (c) => {
  const { id } = c.req.valid('param');
  await assertTicketInOrg(orgOf(c), id);
  const [row] = await db
    .insert(comments)
    .values({ ticketId: id, authorId: c.get('user')!.id, ...c.req.valid('json') })
    .returning();
  return c.json(row, 201);
});

// ok: missing-input-validation
ticketsRoutes.patch('/comments/:commentId', zValidator('json', z.object({ body: z.string().min(1) })), async (c) => {
  const commentId = Number(c.req.param('commentId'));
  // ok: unscoped-tenant-query
  const [row] = await db
    .update(comments)
    .set({ body: c.req.valid('json').body })
    .where(and(eq(comments.id, commentId), eq(comments.authorId, c.get('user')!.id)))
    .returning();
  return row ? c.json(row) : c.json({ error: 'not found' }, 404);
});

ticketsRoutes.delete('/comments/:commentId', async (c) => {
  // expect: unscoped-tenant-query
  await db.delete(comments).where(eq(comments.id, Number(c.req.param('commentId'))));
  return c.body(null, 204);
});

// expect: missing-rate-limit
ticketsRoutes.get('/exports/csv', async (c) => {
  try {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(tickets).where(eq(tickets.organizationId, orgOf(c)));
    const csv = ['id,subject,status', ...rows.map((r) => `${r.id},"${r.subject.replaceAll('"', '""')}",${r.status}`)].join('\n');
    return c.body(csv, 200, { 'Content-Type': 'text/csv' });
  } catch (err) {
    // expect: error-details-leak
    return c.json({ error: 'export failed', detail: (err as Error).message }, 500);
  }
});
