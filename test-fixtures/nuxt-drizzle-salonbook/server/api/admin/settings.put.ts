import { eq } from 'drizzle-orm'

// any signed-in member can rename the salon and change its plan
// ok: missing-auth
// expect: missing-role-check, missing-input-validation
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  const body = await readBody<{ name?: string; plan?: string }>(event)
  // ok: unscoped-tenant-query
  await db.update(tables.salons).set({ name: body.name, plan: body.plan }).where(eq(tables.salons.id, user.salonId))
  return { ok: true }
})
