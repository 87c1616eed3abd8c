import { z } from 'zod'
import { eq } from 'drizzle-orm'

const ClientUpdate = z.object({
  name: z.string().min(1).max(120),
  phone: z.string().max(30).nullable(),
  notes: z.string().max(2000).nullable(),
})

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  await requireSalonUser(event)
  const id = getRouterParam(event, 'id')!
  const data = await readValidatedBody(event, ClientUpdate.parse)
  // expect: unscoped-tenant-query
  const [row] = await db.update(tables.clients).set(data).where(eq(tables.clients.id, id)).returning()
  return row
})
