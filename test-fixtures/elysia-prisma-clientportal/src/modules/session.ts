import { Elysia, t } from 'elysia'
import { jwt } from '@elysiajs/jwt'
import { rateLimit } from 'elysia-rate-limit'
import { prisma } from '../lib/db'

// Sign-in lives on its own instance with a tighter limit than the rest of the API.
export const sessionModule = new Elysia({ prefix: '/session' })
  .use(jwt({ name: 'jwt', secret: process.env.JWT_SECRET!, exp: '8h' }))
  .use(rateLimit({ scoping: 'scoped', duration: 60_000, max: 5 }))
  // ok: missing-rate-limit, missing-auth
  .post(
    '/login',
    async ({ body, jwt, status }) => {
      const user = await prisma.user.findUnique({ where: { email: body.email } })
      if (!user || !(await Bun.password.verify(body.password, user.passwordHash))) return status(401, 'Invalid credentials')
      return { token: await jwt.sign({ sub: user.id }) }
    },
    { body: t.Object({ email: t.String(), password: t.String() }) },
  )
