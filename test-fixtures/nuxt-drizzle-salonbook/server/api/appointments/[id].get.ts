import { eq } from 'drizzle-orm'

// ok: missing-auth
export default defineEventHandler(async (event) => {
  await requireSalonUser(event)
  const id = getRouterParam(event, 'id')!
  // expect: unscoped-tenant-query
  const appointment = await db.query.appointments.findFirst({ where: eq(tables.appointments.id, id) })
  if (!appointment) throw createError({ statusCode: 404 })
  return appointment
})
