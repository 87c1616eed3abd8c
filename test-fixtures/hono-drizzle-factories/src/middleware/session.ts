import { createMiddleware } from 'hono/factory'
import { getSignedCookie } from 'hono/cookie'
import { verify } from 'hono/jwt'
import type { Env, SessionUser } from '../types.js'

export const requireSession = createMiddleware<Env>(async (c, next) => {
  const token = await getSignedCookie(c, process.env.COOKIE_SECRET!, 'session')
  if (!token) return c.json({ error: 'unauthorized' }, 401)
  try {
    c.set('user', (await verify(token, process.env.JWT_SECRET!)) as unknown as SessionUser)
  } catch {
    return c.json({ error: 'unauthorized' }, 401)
  }
  await next()
})

export const requireOwner = createMiddleware<Env>(async (c, next) => {
  if (c.get('user').role !== 'owner') return c.json({ error: 'forbidden' }, 403)
  await next()
})
