import { and, eq, sql } from 'drizzle-orm'

// ok: missing-auth
export default defineEventHandler({
  onRequest: [
    async (event) => {
      const { user } = await requireUserSession(event)
      if (user.role === 'stylist') throw createError({ statusCode: 403 })
    },
  ],
  handler: async (event) => {
    const { user } = await getUserSession(event)
    // ok: unscoped-tenant-query
    return db
      .select({ month: sql<string>`to_char(${tables.appointments.startsAt}, 'YYYY-MM')`, count: sql<number>`count(*)` })
      .from(tables.appointments)
      .where(and(eq(tables.appointments.salonId, user!.salonId), eq(tables.appointments.paid, true)))
      .groupBy(sql`1`)
  },
})
