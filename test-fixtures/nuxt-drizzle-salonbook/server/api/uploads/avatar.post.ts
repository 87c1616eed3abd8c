import { eq } from 'drizzle-orm'
import { writeFile } from 'node:fs/promises'

// ok: missing-auth
// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  // expect: unrestricted-upload
  const parts = await readMultipartFormData(event)
  const file = parts?.find((p) => p.name === 'avatar')
  if (!file?.filename) throw createError({ statusCode: 400 })
  const path = `public/avatars/${user.id}-${file.filename}`
  await writeFile(path, file.data)
  await db.update(tables.users).set({ avatarUrl: `/${path}` }).where(eq(tables.users.id, user.id))
  return { url: `/${path}` }
})
