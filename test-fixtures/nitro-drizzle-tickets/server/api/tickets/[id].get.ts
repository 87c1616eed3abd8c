import { and, eq } from 'drizzle-orm'

export default defineEventHandler(async (event) => {
  const user = requireUser(event)
  const id = getRouterParam(event, 'id')!
  // ok: unscoped-tenant-query
  const ticket = await db.query.tickets.findFirst({
    where: and(eq(schema.tickets.id, id), eq(schema.tickets.orgId, user.orgId)),
    with: { comments: true },
  })
  if (!ticket) throw createError({ statusCode: 404, statusMessage: 'Ticket not found' })
  return ticket
})
