import { verify } from '@node-rs/argon2'
import { eq } from 'drizzle-orm'
import { SignJWT } from 'jose'
import { z } from 'zod'

const Login = z.object({ email: z.string().email(), password: z.string().min(1) })

// ok: missing-auth, missing-rate-limit
export default defineEventHandler(async (event) => {
  const { email, password } = await readValidatedBody(event, Login.parse)
  const user = await db.query.users.findFirst({ where: eq(schema.users.email, email) })
  if (!user || !(await verify(user.passwordHash, password))) {
    throw createError({ statusCode: 401, statusMessage: 'Invalid credentials' })
  }
  const secret = new TextEncoder().encode(useRuntimeConfig(event).jwtSecret)
  const token = await new SignJWT({ org: user.orgId, role: user.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setExpirationTime('8h')
    .sign(secret)
  return { token, mfaRequired: user.mfaEnabled }
})
