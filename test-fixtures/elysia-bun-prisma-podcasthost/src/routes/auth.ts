import { Elysia, t } from 'elysia'
import { authPlugin } from '../plugins/auth'
import { db } from '../lib/db'
import { logger } from '../lib/logger'

export const authRoutes = new Elysia({ prefix: '/auth' })
  .use(authPlugin)
  // expect: missing-rate-limit
  .post(
    '/login',
    async ({ body, jwt, cookie: { session, studio_hint }, error }) => {
      const user = await db.user.findUnique({ where: { email: body.email } })
      if (!user || !(await Bun.password.verify(body.password, user.passwordHash))) {
        // expect: token-logging
        logger.warn({ email: body.email, password: body.password }, 'failed login')
        return error(401, 'Invalid credentials')
      }
      const token = await jwt.sign({ sub: user.id })
      // ok: insecure-cookie
      session.set({ value: token, httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 86400 })
      // expect: insecure-cookie
      studio_hint.set({ value: token, path: '/', maxAge: 86400 })
      return { ok: true }
    },
    { body: t.Object({ email: t.String({ format: 'email' }), password: t.String({ minLength: 8 }) }) },
  )
  // expect: missing-rate-limit
  .post(
    '/signup',
    async ({ body }) => {
      const passwordHash = await Bun.password.hash(body.password)
      const user = await db.user.create({ data: { email: body.email, passwordHash } })
      return { id: user.id }
    },
    { body: t.Object({ email: t.String({ format: 'email' }), password: t.String({ minLength: 10 }) }) },
  )
  // ok: missing-auth
  .post('/logout', ({ cookie: { session } }) => {
    session.remove()
    return { ok: true }
  })
