import { and, desc, eq } from 'drizzle-orm'
import { z } from 'zod'

const Filter = z.object({
  status: z.enum(['open', 'pending', 'solved', 'closed']).optional(),
  mine: z.coerce.boolean().optional(),
})

export default defineEventHandler(async (event) => {
  const user = requireUser(event)
  const { status, mine } = await getValidatedQuery(event, Filter.parse)
  const { tickets } = schema
  // ok: unscoped-tenant-query
  return db.select().from(tickets).where(and(
    eq(tickets.orgId, user.orgId),
    status ? eq(tickets.status, status) : undefined,
    mine ? eq(tickets.requesterId, user.id) : undefined,
  )).orderBy(desc(tickets.createdAt))
})
