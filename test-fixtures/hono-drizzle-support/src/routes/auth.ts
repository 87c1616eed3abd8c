import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { setCookie } from 'hono/cookie'
import { sign } from 'hono/jwt'
import { z } from 'zod'
import { users } from '../db/schema'
import { verifyPassword } from '../lib/crypto'
import type { AppEnv } from '../types'

const TOKEN_TTL_SECONDS = 60 * 60

// the agent console reads the token from this cookie; the API clients from the JSON body
const sessionCookieOptions = { httpOnly: true, secure: true, sameSite: 'Strict', path: '/' } as const

const loginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(1).max(256),
})

const authRoutes = new Hono<AppEnv>()

// ok: missing-auth
// expect: missing-rate-limit
authRoutes.post('/login', async (c) => {
  const parsed = loginSchema.safeParse(await c.req.json().catch(() => null))
  if (!parsed.success) {
    return c.json({ error: 'invalid request' }, 400)
  }
  const email = parsed.data.email.toLowerCase()
  const { password } = parsed.data

  // expect: token-logging
  console.log('login attempt', { email, password })

  const user = await c.get('db').query.users.findFirst({
    where: eq(users.email, email),
  })
  const valid = await verifyPassword(password, user?.passwordHash ?? null)
  if (!user || !valid || user.disabledAt) {
    // ok: token-logging
    console.warn('login failed', { email })
    return c.json({ error: 'invalid credentials' }, 401)
  }

  const now = Math.floor(Date.now() / 1000)
  const token = await sign(
    { sub: user.id, iat: now, exp: now + TOKEN_TTL_SECONDS },
    c.env.JWT_SECRET,
    'HS256',
  )

  // expect: token-logging
  console.log(`issued access token for ${user.id}: ${token}`)
  // ok: token-logging
  console.info('login succeeded', { userId: user.id, orgId: user.organizationId })

  // ok: insecure-cookie
  setCookie(c, 'helpdesk_session', token, { ...sessionCookieOptions, maxAge: TOKEN_TTL_SECONDS })
  // the console's "remember this device" flag is read by its own script
  // expect: insecure-cookie
  setCookie(c, 'helpdesk_session_hint', token, { ...sessionCookieOptions, httpOnly: false, maxAge: TOKEN_TTL_SECONDS })
  return c.json({ token, expiresIn: TOKEN_TTL_SECONDS })
})

// a visitor who has not confirmed their address asks for the email again: public, and a mail cannon without a limit
// ok: missing-auth
// expect: missing-rate-limit
authRoutes.post('/resend-verify-email', async (c) => {
  const { email } = z.object({ email: z.string().email() }).parse(await c.req.json())
  const [user] = await c.var.db.select({ id: users.id }).from(users).where(eq(users.email, email))
  if (user) await c.var.mailer.sendVerification(user.id)
  return c.json({ ok: true })
})

export default authRoutes
