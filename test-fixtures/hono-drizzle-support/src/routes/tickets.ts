import { and, desc, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { tickets, users } from '../db/schema'
import { requireRole } from '../middleware/auth'
import type { AppEnv } from '../types'

// Mounted at /api/tickets behind `app.use('/tickets/*', requireAuth)` in src/index.ts.
const ticketRoutes = new Hono<AppEnv>()

const statusSchema = z.enum(['open', 'pending', 'resolved', 'closed'])
const prioritySchema = z.enum(['low', 'normal', 'high', 'urgent'])

const createTicketSchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(20_000).default(''),
  priority: prioritySchema.default('normal'),
  assigneeId: z.string().uuid().optional(),
})

const updateTicketSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().max(20_000),
    status: statusSchema,
    priority: prioritySchema,
  })
  .partial()

const assignSchema = z.object({
  assigneeId: z.string().uuid().nullable(),
})

// ok: missing-auth
ticketRoutes.get('/', async (c) => {
  const user = c.get('user')
  const status = statusSchema.safeParse(c.req.query('status'))

  // ok: unscoped-tenant-query
  const rows = await c
    .get('db')
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.organizationId, user.orgId),
        status.success ? eq(tickets.status, status.data) : undefined,
      ),
    )
    .orderBy(desc(tickets.createdAt))
    .limit(100)

  return c.json({ tickets: rows })
})

// ok: missing-auth
ticketRoutes.get('/:id', async (c) => {
  const user = c.get('user')
  const id = c.req.param('id')

  // ok: unscoped-tenant-query
  const [ticket] = await c.get('db').select().from(tickets).where(and(eq(tickets.id, id), eq(tickets.organizationId, user.orgId)))

  if (!ticket) return c.json({ error: 'not found' }, 404)
  return c.json({ ticket })
})

ticketRoutes.get('/:id/thread', async (c) => {
  const user = c.get('user')
  const id = c.req.param('id')

  // ok: unscoped-tenant-query
  const ticket = await c.get('db').query.tickets.findFirst({
    where: eq(tickets.id, id),
    with: {
      comments: { orderBy: (comment, { asc }) => [asc(comment.createdAt)] },
      assignee: { columns: { id: true, name: true, email: true } },
    },
  })
  if (!ticket || ticket.organizationId !== user.orgId) {
    return c.json({ error: 'not found' }, 404)
  }

  return c.json({ ticket })
})

ticketRoutes.get('/:id/summary', async (c) => {
  const id = c.req.param('id')

  // expect: unscoped-tenant-query
  const ticket = await c.get('db').query.tickets.findFirst({
    where: eq(tickets.id, id),
    columns: { id: true, title: true, status: true, priority: true, requesterEmail: true, updatedAt: true },
  })
  if (!ticket) return c.json({ error: 'not found' }, 404)

  return c.json({ summary: ticket })
})

// ok: missing-auth
// ok: missing-input-validation
ticketRoutes.post('/', async (c) => {
  const user = c.get('user')
  const db = c.get('db')
  const parsed = createTicketSchema.safeParse(await c.req.json())
  if (!parsed.success) {
    return c.json({ error: 'invalid request', issues: parsed.error.flatten() }, 400)
  }
  const { assigneeId, ...fields } = parsed.data

  if (assigneeId) {
    // ok: unscoped-tenant-query
    const assignee = await db.query.users.findFirst({
      where: and(eq(users.id, assigneeId), eq(users.organizationId, user.orgId)),
      columns: { id: true },
    })
    if (!assignee) return c.json({ error: 'unknown assignee' }, 422)
  }

  const [ticket] = await db
    .insert(tickets)
    .values({
      ...fields,
      assigneeId: assigneeId ?? null,
      organizationId: user.orgId,
      createdById: user.id,
      requesterEmail: user.email,
    })
    .returning()

  console.info('ticket created', { ticketId: ticket.id, orgId: user.orgId })
  return c.json({ ticket }, 201)
})

// ok: missing-input-validation
ticketRoutes.patch('/:id', async (c) => {
  const id = c.req.param('id')
  const parsed = updateTicketSchema.safeParse(await c.req.json())
  if (!parsed.success || Object.keys(parsed.data).length === 0) {
    return c.json({ error: 'invalid request' }, 400)
  }

  // expect: unscoped-tenant-query
  const [ticket] = await c.get('db').update(tickets).set(parsed.data).where(eq(tickets.id, id)).returning()

  if (!ticket) return c.json({ error: 'not found' }, 404)
  return c.json({ ticket })
})

// ok: missing-input-validation
ticketRoutes.post('/:id/assign', requireRole('admin', 'agent'), async (c) => {
  const user = c.get('user')
  const db = c.get('db')
  const id = c.req.param('id')
  const parsed = assignSchema.safeParse(await c.req.json())
  if (!parsed.success) return c.json({ error: 'invalid request' }, 400)
  const { assigneeId } = parsed.data

  if (assigneeId) {
    // ok: unscoped-tenant-query
    const assignee = await db.query.users.findFirst({
      where: and(eq(users.id, assigneeId), eq(users.organizationId, user.orgId)),
      columns: { id: true },
    })
    if (!assignee) return c.json({ error: 'unknown assignee' }, 422)
  }

  // ok: unscoped-tenant-query
  const [ticket] = await db
    .update(tickets)
    .set({ assigneeId })
    .where(and(eq(tickets.id, id), eq(tickets.organizationId, user.orgId)))
    .returning()

  if (!ticket) return c.json({ error: 'not found' }, 404)
  return c.json({ ticket })
})

// ok: missing-auth
ticketRoutes.delete('/:id', requireRole('admin', 'agent'), async (c) => {
  const user = c.get('user')
  const id = c.req.param('id')

  // ok: unscoped-tenant-query
  const deleted = await c
    .get('db')
    .delete(tickets)
    .where(and(eq(tickets.id, id), eq(tickets.organizationId, user.orgId)))
    .returning({ id: tickets.id })

  if (deleted.length === 0) return c.json({ error: 'not found' }, 404)
  return c.body(null, 204)
})

export default ticketRoutes
