import { Elysia } from 'elysia'
import { jwt } from '@elysiajs/jwt'
import { bearer } from '@elysiajs/bearer'
import { db } from '../lib/db'

export const authPlugin = new Elysia({ name: 'plugin.auth' })
  .use(
    jwt({
      name: 'jwt',
      // ok: insecure-jwt, hardcoded-secret
      secret: Bun.env.JWT_SECRET!,
      exp: '1d',
    }),
  )
  .use(bearer())
  .resolve({ as: 'scoped' }, async ({ jwt, bearer, cookie: { session } }) => {
    const token = bearer ?? session.value
    const payload = token ? await jwt.verify(token) : false
    if (!payload) return { user: null }
    const user = await db.user.findUnique({ where: { id: String(payload.sub) } })
    return { user }
  })
  .macro(({ onBeforeHandle }) => ({
    signedIn(enabled: boolean) {
      if (!enabled) return
      onBeforeHandle(({ user, error }) => {
        if (!user) return error(401, 'Unauthorized')
      })
    },
  }))

export const requireUser = ({ user, error }: { user: { id: string } | null; error: (code: number, msg: string) => unknown }) => {
  if (!user) return error(401, 'Unauthorized')
}

export const requireAdmin = ({ user, error }: { user: { id: string; role: string } | null; error: (code: number, msg: string) => unknown }) => {
  if (!user) return error(401, 'Unauthorized')
  if (user.role !== 'admin') return error(403, 'Forbidden')
}
