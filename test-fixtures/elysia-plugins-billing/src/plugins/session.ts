import { Elysia } from 'elysia'
import { bearer } from '@elysiajs/bearer'
import { jwt } from '@elysiajs/jwt'
import { prisma } from '../lib/prisma'

export const session = new Elysia({ name: 'session' })
  .use(bearer())
  .use(
    // expect: insecure-jwt
    jwt({
      name: 'jwt',
      secret: 'billing-dev-secret-do-not-ship',
    }),
  )
  // answers 401 itself: every route after it (in the instances that use this plugin) is authenticated
  .resolve(async ({ bearer, jwt, error }) => {
    const claims = bearer ? await jwt.verify(bearer) : false
    if (!claims) return error(401, 'Unauthorized')
    const member = await prisma.member.findUnique({ where: { id: String(claims.sub) } })
    if (!member) return error(401, 'Unauthorized')
    return { member }
  })
  .macro(({ onBeforeHandle }) => ({
    role(required: 'owner' | 'admin') {
      onBeforeHandle(({ member, error }) => {
        if (member.role !== required && member.role !== 'owner') return error(403, 'Forbidden')
      })
    },
  }))
  .as('scoped')
