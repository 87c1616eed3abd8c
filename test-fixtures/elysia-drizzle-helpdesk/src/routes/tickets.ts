import { Elysia, t } from 'elysia'
import { and, desc, eq } from 'drizzle-orm'
import { db } from '../db'
import { replies, tickets } from '../db/schema'
import { betterAuthPlugin } from '../lib/betterAuthPlugin'

export const ticketRoutes = new Elysia({ prefix: '/tickets' })
  .use(betterAuthPlugin)
  // ok: missing-auth, unscoped-tenant-query
  .get('/', ({ user }) => db.select().from(tickets).where(eq(tickets.organizationId, user.organizationId)).orderBy(desc(tickets.createdAt)), {
    auth: true,
  })
  .get(
    '/:id',
    async ({ params, user, status }) => {
      // ok: unscoped-tenant-query
      const [ticket] = await db.select().from(tickets).where(and(eq(tickets.id, params.id), eq(tickets.organizationId, user.organizationId)))
      return ticket ?? status(404)
    },
    { auth: true, params: t.Object({ id: t.String({ format: 'uuid' }) }) },
  )
  .post(
    '/:id/replies',
    async ({ params, body, user }) => {
      // expect: unscoped-tenant-query
      const [ticket] = await db.select().from(tickets).where(eq(tickets.id, params.id))
      return db.insert(replies).values({ organizationId: ticket.organizationId, ticketId: ticket.id, authorId: user.id, body: body.body }).returning()
    },
    { auth: true, body: t.Object({ body: t.String({ minLength: 1, maxLength: 10_000 }) }) },
  )
  // expect: missing-input-validation
  .patch('/:id', async ({ params, body, user }) => {
    const patch = body as { status?: string; assigneeId?: string }
    // ok: unscoped-tenant-query
    return db.update(tickets).set(patch).where(and(eq(tickets.id, params.id), eq(tickets.organizationId, user.organizationId))).returning()
  }, { auth: true })
  // a route that forgot the macro: nothing checks the session
  // expect: missing-auth
  .delete('/:id', async ({ params }) => {
    await db.delete(tickets).where(eq(tickets.id, params.id))
    return { deleted: params.id }
  })
