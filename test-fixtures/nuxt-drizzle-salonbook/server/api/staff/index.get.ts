import { eq } from 'drizzle-orm'

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  // ok: unscoped-tenant-query
  return db.query.users.findMany({
    where: eq(tables.users.salonId, user.salonId),
    columns: { id: true, name: true, role: true, avatarUrl: true },
  })
})
