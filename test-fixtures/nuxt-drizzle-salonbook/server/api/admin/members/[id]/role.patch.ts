import { z } from 'zod'
import { and, eq } from 'drizzle-orm'

const RoleBody = z.object({ role: z.enum(['owner', 'manager', 'stylist']) })

// ok: missing-auth, missing-role-check, missing-input-validation
export default defineEventHandler(async (event) => {
  const owner = await requireOwner(event)
  const id = getRouterParam(event, 'id')!
  const { role } = await readValidatedBody(event, RoleBody.parse)
  // ok: unscoped-tenant-query
  await db.update(tables.users).set({ role }).where(and(eq(tables.users.id, id), eq(tables.users.salonId, owner.salonId)))
  return { id, role }
})
