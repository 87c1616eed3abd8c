import { and, eq } from 'drizzle-orm'

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const { salonId } = await requireSalonUser(event)
  const id = getRouterParam(event, 'id')!
  // ok: unscoped-tenant-query
  const client = await db.query.clients.findFirst({
    where: and(eq(tables.clients.id, id), eq(tables.clients.salonId, salonId)),
    with: { appointments: true },
  })
  if (!client) throw createError({ statusCode: 404 })
  return client
})
