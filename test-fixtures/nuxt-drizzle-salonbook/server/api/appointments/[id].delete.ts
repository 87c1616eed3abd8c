import { eq } from 'drizzle-orm'

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  const id = getRouterParam(event, 'id')!
  // ok: unscoped-tenant-query
  const appointment = await db.query.appointments.findFirst({ where: eq(tables.appointments.id, id) })
  if (!appointment || appointment.salonId !== user.salonId) {
    throw createError({ statusCode: 404, statusMessage: 'Not found' })
  }
  // ok: unscoped-tenant-query
  await db.delete(tables.appointments).where(eq(tables.appointments.id, appointment.id))
  return sendNoContent(event)
})
