import { eq } from 'drizzle-orm'

// signed in, but any stylist can list members with their emails and roles
// ok: missing-auth
// expect: missing-role-check
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  // ok: unscoped-tenant-query
  return db.query.users.findMany({ where: eq(tables.users.salonId, user.salonId) })
})
