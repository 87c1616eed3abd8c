import { z } from 'zod'

const NewTicket = z.object({
  subject: z.string().min(3).max(200),
  body: z.string().min(1).max(20000),
})

export default defineEventHandler(async (event) => {
  const user = requireUser(event)
  const input = NewTicket.parse(await readBody(event))
  // ok: missing-input-validation
  const [ticket] = await db.insert(schema.tickets).values({ ...input, orgId: user.orgId, requesterId: user.id }).returning()
  setResponseStatus(event, 201)
  return ticket
})
