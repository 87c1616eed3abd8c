import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../types'

/** Lets the request through when the caller's role is one of `roles`. */
export const requireRole = (...roles: Array<'manager' | 'admin'>) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const { role } = c.get('jwtPayload')
    if (!roles.includes(role as 'manager' | 'admin')) {
      return c.json({ error: 'Forbidden' }, 403)
    }
    await next()
  })
