import { Elysia } from 'elysia'
import { jwt } from '@elysiajs/jwt'
import { prisma } from '../lib/db'

// Puts the signed-in staff member on the context of every route of the instance that uses this plugin.
export const authPlugin = new Elysia({ name: 'auth' })
  .use(
    jwt({
      name: 'jwt',
      secret: process.env.JWT_SECRET!,
      exp: '8h',
    }),
  )
  .derive({ as: 'scoped' }, async ({ jwt, headers }) => {
    const header = headers.authorization
    if (!header?.startsWith('Bearer ')) return { user: null }
    const payload = await jwt.verify(header.slice(7))
    if (!payload || typeof payload.sub !== 'string') return { user: null }
    const user = await prisma.user.findUnique({ where: { id: payload.sub } })
    return { user }
  })

// Rejects callers without a valid token; scoped so that it covers the routes of the instance that uses it.
export const requireStaff = new Elysia({ name: 'require-staff' })
  .use(authPlugin)
  .onBeforeHandle({ as: 'scoped' }, ({ user, set }) => {
    if (!user) {
      set.status = 401
      return { error: 'Unauthorized' }
    }
  })
