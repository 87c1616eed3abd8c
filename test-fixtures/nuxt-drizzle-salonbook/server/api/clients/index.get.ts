import { and, eq, ilike } from 'drizzle-orm'

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  const q = String(getQuery(event).q ?? '')
  // ok: unscoped-tenant-query
  return db
    .select()
    .from(tables.clients)
    .where(and(eq(tables.clients.salonId, user.salonId), ilike(tables.clients.name, `%${q}%`)))
    .limit(50)
})
