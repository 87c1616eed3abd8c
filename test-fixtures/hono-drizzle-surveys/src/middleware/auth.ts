import { createMiddleware } from 'hono/factory'
import { jwt } from 'hono/jwt'
import type { AppEnv, Role } from '../types'

// hono/jwt needs the secret from the Worker's bindings, so it is built per request
export const requireSession = createMiddleware<AppEnv>((c, next) => {
  const verify = jwt({ secret: c.env.JWT_SECRET, cookie: 'pw_session' })
  return verify(c, next)
})

export const requireRole = (...roles: Role[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const claims = c.get('jwtPayload')
    if (!claims || !roles.includes(claims.role)) {
      return c.json({ error: 'forbidden' }, 403)
    }
    await next()
  })
