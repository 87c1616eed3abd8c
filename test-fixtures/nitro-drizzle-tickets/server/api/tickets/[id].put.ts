import { eq } from 'drizzle-orm'

// Agents edit tickets from the inbox.
// expect: missing-input-validation
export default defineEventHandler(async (event) => {
  requireRole(event, 'agent', 'admin')
  const id = getRouterParam(event, 'id')!
  const changes = await readBody(event)
  // expect: unscoped-tenant-query
  const [ticket] = await db.update(schema.tickets).set(changes).where(eq(schema.tickets.id, id)).returning()
  return ticket
})
