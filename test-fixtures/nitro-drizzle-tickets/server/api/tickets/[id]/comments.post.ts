import { and, eq } from 'drizzle-orm'
import { z } from 'zod'

const NewComment = z.object({ body: z.string().min(1).max(10000), internal: z.boolean().default(false) })

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = event.context.user
  if (!user) {
    setResponseStatus(event, 401)
    return { error: 'Sign in to reply' }
  }
  const ticketId = getRouterParam(event, 'id')!
  // ok: unscoped-tenant-query
  const ticket = await db.query.tickets.findFirst({ where: and(eq(schema.tickets.id, ticketId), eq(schema.tickets.orgId, user.orgId)) })
  if (!ticket) throw createError({ statusCode: 404 })

  const input = await readValidatedBody(event, NewComment.parse)
  // ok: missing-input-validation
  const [comment] = await db.insert(schema.comments).values({ ...input, ticketId: ticket.id, orgId: user.orgId, authorId: user.id }).returning()
  return comment
})
