import { zValidator } from '@hono/zod-validator'
import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { setCookie } from 'hono/cookie'
import { sign } from 'hono/jwt'
import { rateLimiter } from 'hono-rate-limiter'
import { z } from 'zod'
import { users, workspaces } from '../db/schema'
import { hashPassword, verifyPassword } from '../lib/password'
import type { AppEnv } from '../types'

const auth = new Hono<AppEnv>()

const signInLimiter = rateLimiter<AppEnv>({
  windowMs: 15 * 60 * 1000,
  limit: 10,
  keyGenerator: (c) => c.req.header('cf-connecting-ip') ?? 'unknown',
})

const credentials = z.object({ email: z.string().email(), password: z.string().min(10).max(200) })

// ok: missing-auth
// ok: missing-rate-limit
auth.post('/sign-in', signInLimiter, zValidator('json', credentials), async (c) => {
  const { email, password } = c.req.valid('json')
  // ok: unscoped-tenant-query
  const user = await c.get('db').query.users.findFirst({ where: eq(users.email, email) })
  if (!user || !(await verifyPassword(password, user.passwordHash))) {
    return c.json({ error: 'invalid credentials' }, 401)
  }
  const token = await sign({ sub: user.id, workspaceId: user.workspaceId, role: user.role, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET)
  // ok: insecure-cookie
  setCookie(c, 'pw_session', token, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/', maxAge: 3600 })
  // ok: token-logging
  console.info('signed in', { userId: user.id })
  return c.json({ ok: true })
})

// ok: missing-auth
// expect: missing-rate-limit
// expect: missing-input-validation
auth.post('/sign-up', async (c) => {
  // the raw Request's body, read without the validator its neighbour uses
  const body = await c.req.raw.json<{ email: string; password: string; workspace: string }>()
  // expect: token-logging
  console.log('sign-up attempt', body)
  const workspaceId = crypto.randomUUID()
  await c.get('db').insert(workspaces).values({ id: workspaceId, name: body.workspace })
  const id = crypto.randomUUID()
  await c.get('db').insert(users).values({ id, workspaceId, email: body.email, passwordHash: await hashPassword(body.password), role: 'owner' })
  const token = await sign({ sub: id, workspaceId, role: 'owner', exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET)
  // expect: insecure-cookie
  setCookie(c, 'pw_session', token, { path: '/', maxAge: 3600 })
  return c.json({ id }, 201)
})

export default auth
