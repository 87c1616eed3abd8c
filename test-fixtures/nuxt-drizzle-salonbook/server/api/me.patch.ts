import { eq } from 'drizzle-orm'

// ok: missing-auth
// expect: missing-input-validation
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  const body = await readBody(event)
  await db.update(tables.users).set({ name: body.name, avatarUrl: body.avatarUrl }).where(eq(tables.users.id, user.id))
  return { ok: true }
})
