import { eq } from 'drizzle-orm'

// the auth middleware only loads event.context.user; nothing rejects an anonymous caller here
// expect: missing-auth
export default defineEventHandler(async (event) => {
  const salonId = event.context.user?.salonId
  return db.query.appointments.findMany({
    where: eq(tables.appointments.salonId, salonId),
    limit: 20,
  })
})
