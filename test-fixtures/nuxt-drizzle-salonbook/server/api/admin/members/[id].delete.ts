import { and, eq } from 'drizzle-orm'

// ok: missing-auth, missing-role-check
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  if (user.role !== 'owner') {
    throw createError({ statusCode: 403, statusMessage: 'Only the owner can remove staff' })
  }
  const id = getRouterParam(event, 'id')!
  // ok: unscoped-tenant-query
  await db.delete(tables.users).where(and(eq(tables.users.id, id), eq(tables.users.salonId, user.salonId)))
  return sendNoContent(event)
})
