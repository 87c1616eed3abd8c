import { z } from 'zod'
import bcrypt from 'bcryptjs'
import { eq } from 'drizzle-orm'

const LoginBody = z.object({
  email: z.string().email(),
  password: z.string().min(8),
})

// ok: missing-auth
// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const { email, password } = await readValidatedBody(event, LoginBody.parse)
  const user = await db.query.users.findFirst({ where: eq(tables.users.email, email.toLowerCase()) })
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    throw createError({ statusCode: 401, statusMessage: 'Invalid credentials' })
  }
  await setUserSession(event, {
    user: { id: user.id, salonId: user.salonId, role: user.role, email: user.email },
    loggedInAt: Date.now(),
  })
  // expect: insecure-cookie
  setCookie(event, 'remember_token', crypto.randomUUID(), { httpOnly: false, maxAge: 60 * 60 * 24 * 30 })
  return { ok: true }
})
