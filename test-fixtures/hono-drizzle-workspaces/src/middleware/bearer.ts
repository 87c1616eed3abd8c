import { createMiddleware } from 'hono/factory'
import { verify } from 'hono/jwt'
import type { AppEnv, AuthUser } from '../types.js'

export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization')
  if (!header?.startsWith('Bearer ')) {
    return c.json({ error: 'unauthorized' }, 401)
  }
  try {
    const payload = await verify(header.slice(7), process.env.JWT_SECRET!)
    c.set('user', payload as unknown as AuthUser)
  } catch {
    return c.json({ error: 'unauthorized' }, 401)
  }
  await next()
})

export const requireStaff = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('user')?.staff) {
    return c.json({ error: 'forbidden' }, 403)
  }
  await next()
})
