import bcrypt from 'bcryptjs'
import { z } from 'zod'

const Credentials = z.object({
  email: z.string().email(),
  password: z.string().min(8),
})

// ok: missing-auth, missing-rate-limit
export default defineEventHandler(async (event) => {
  await limitLoginAttempts(event)
  const { email, password } = await readValidatedBody(event, Credentials.parse)

  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } })
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    throw createError({ statusCode: 401, statusMessage: 'Wrong email or password' })
  }

  await setUserSession(event, {
    user: { id: user.id, name: user.name, email: user.email, role: user.role, orgId: user.orgId },
    loggedInAt: Date.now(),
  })
  return { ok: true }
})
