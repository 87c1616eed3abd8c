import { eq } from 'drizzle-orm'

// caller-id lookup for the front-desk phone app: rate limited, but nothing checks who is calling
// expect: missing-auth
export default defineEventHandler(async (event) => {
  await limitAuth(event)
  const phone = String(getQuery(event).phone ?? '')
  return db.query.clients.findFirst({
    where: eq(tables.clients.phone, phone),
    columns: { id: true, name: true, notes: true },
  })
})
