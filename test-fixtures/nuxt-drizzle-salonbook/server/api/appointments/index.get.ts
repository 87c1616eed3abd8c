import { and, eq, gte } from 'drizzle-orm'

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  const { from } = getQuery(event)
  const since = from ? new Date(String(from)) : new Date()
  // ok: unscoped-tenant-query
  return db.query.appointments.findMany({
    where: and(eq(tables.appointments.salonId, user.salonId), gte(tables.appointments.startsAt, since)),
    orderBy: (a, { asc }) => [asc(a.startsAt)],
  })
})
