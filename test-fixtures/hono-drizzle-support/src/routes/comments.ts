import { and, asc, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { comments, tickets } from '../db/schema'
import type { AppEnv } from '../types'

// Mounted at the API root (`app.route('/', commentRoutes)`) so that the
// ticket-scoped paths sit under /api/tickets/* alongside the ticket routes.
const commentRoutes = new Hono<AppEnv>()

const commentSchema = z.object({
  body: z.string().trim().min(1).max(10_000),
})

// ok: missing-auth
commentRoutes.get('/tickets/:ticketId/comments', async (c) => {
  const ticketId = c.req.param('ticketId')

  // expect: unscoped-tenant-query
  const rows = await c.get('db').select().from(comments).where(eq(comments.ticketId, ticketId)).orderBy(asc(comments.createdAt))

  return c.json({ comments: rows })
})

// ok: missing-auth
// ok: missing-input-validation
commentRoutes.post('/tickets/:ticketId/comments', async (c) => {
  const user = c.get('user')
  const db = c.get('db')
  const ticketId = c.req.param('ticketId')
  const parsed = commentSchema.safeParse(await c.req.json())
  if (!parsed.success) return c.json({ error: 'invalid request' }, 400)

  // ok: unscoped-tenant-query
  const [ticket] = await db.select({ id: tickets.id }).from(tickets).where(and(eq(tickets.id, ticketId), eq(tickets.organizationId, user.orgId)))
  if (!ticket) return c.json({ error: 'not found' }, 404)

  const [comment] = await db
    .insert(comments)
    .values({
      ticketId: ticket.id,
      organizationId: user.orgId,
      authorId: user.id,
      body: parsed.data.body,
    })
    .returning()

  return c.json({ comment }, 201)
})

commentRoutes.delete('/tickets/:ticketId/comments/:commentId', async (c) => {
  const user = c.get('user')
  const ticketId = c.req.param('ticketId')
  const commentId = c.req.param('commentId')

  // ok: unscoped-tenant-query
  const deleted = await c
    .get('db')
    .delete(comments)
    .where(
      and(
        eq(comments.id, commentId),
        eq(comments.ticketId, ticketId),
        eq(comments.organizationId, user.orgId),
        eq(comments.authorId, user.id),
      ),
    )
    .returning({ id: comments.id })

  if (deleted.length === 0) return c.json({ error: 'not found' }, 404)
  return c.body(null, 204)
})

// Permalink used by notification emails.
// expect: missing-auth
commentRoutes.get('/comments/:id', async (c) => {
  const id = c.req.param('id')

  const comment = await c.get('db').query.comments.findFirst({
    where: eq(comments.id, id),
    with: { ticket: { columns: { id: true, title: true } } },
  })
  if (!comment) return c.json({ error: 'not found' }, 404)

  return c.json({ comment })
})

export default commentRoutes
