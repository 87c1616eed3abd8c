import { eq } from 'drizzle-orm'

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  // ok: unscoped-tenant-query
  return db.query.users.findFirst({
    where: eq(tables.users.id, user.id),
    columns: { id: true, name: true, email: true, role: true, avatarUrl: true },
  })
})
