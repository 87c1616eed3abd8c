import { eq } from 'drizzle-orm'

// ok: missing-auth
// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  // ok: unscoped-tenant-query
  const rows = await db.select().from(tables.clients).where(eq(tables.clients.salonId, user.salonId))
  const csv = ['name,phone', ...rows.map((r) => `${r.name},${r.phone ?? ''}`)].join('\n')
  setResponseHeader(event, 'Content-Type', 'text/csv')
  setResponseHeader(event, 'Content-Disposition', 'attachment; filename="clients.csv"')
  return csv
})
