// ok: missing-auth
// expect: missing-input-validation
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  const body = await readBody(event)
  const [client] = await db
    .insert(tables.clients)
    .values({ ...body, salonId: user.salonId })
    .returning()
  return client
})
