import { eq } from 'drizzle-orm'
import { createMiddleware } from 'hono/factory'
import { verify } from 'hono/jwt'
import { createDb } from '../db/client'
import { users } from '../db/schema'
import type { AppEnv, Role } from '../types'

export const withDb = createMiddleware<AppEnv>(async (c, next) => {
  c.set('db', createDb(c.env.DATABASE_URL))
  await next()
})

/**
 * Verifies the bearer JWT and loads the caller from the database so that
 * role changes and account disabling take effect immediately.
 */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization')
  if (!header?.startsWith('Bearer ')) {
    return c.json({ error: 'unauthorized' }, 401)
  }
  const token = header.slice('Bearer '.length).trim()

  let payload: Awaited<ReturnType<typeof verify>>
  try {
    payload = await verify(token, c.env.JWT_SECRET, 'HS256')
  } catch {
    // expect: token-logging
    console.warn('rejected bearer token', { path: c.req.path, token })
    return c.json({ error: 'unauthorized' }, 401)
  }

  if (typeof payload.sub !== 'string') {
    return c.json({ error: 'unauthorized' }, 401)
  }

  const account = await c.get('db').query.users.findFirst({
    where: eq(users.id, payload.sub),
    columns: { id: true, organizationId: true, role: true, email: true, disabledAt: true },
  })
  if (!account || account.disabledAt) {
    // ok: token-logging
    console.info('rejected token for missing or disabled user', { userId: payload.sub })
    return c.json({ error: 'unauthorized' }, 401)
  }

  c.set('user', {
    id: account.id,
    orgId: account.organizationId,
    role: account.role,
    email: account.email,
  })
  await next()
})

export const requireRole = (...roles: Role[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const user = c.get('user')
    if (!user || !roles.includes(user.role)) {
      return c.json({ error: 'forbidden' }, 403)
    }
    await next()
  })
