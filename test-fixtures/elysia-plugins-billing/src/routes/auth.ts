import { Elysia, t } from 'elysia'
import { jwt } from '@elysiajs/jwt'
import { prisma } from '../lib/prisma'

export const authRoutes = new Elysia({ prefix: '/auth' })
  .use(jwt({ name: 'jwt', secret: process.env.JWT_SECRET!, exp: '1d' }))
  // expect: missing-rate-limit
  .post(
    '/sign-in',
    async ({ body, jwt, cookie: { session }, error }) => {
      const member = await prisma.member.findUnique({ where: { email: body.email } })
      if (!member || !(await Bun.password.verify(body.password, member.passwordHash))) return error(401, 'Invalid email or password')
      // expect: insecure-cookie
      session.set({ value: await jwt.sign({ sub: member.id }), httpOnly: true, maxAge: 86400, path: '/' })
      return { ok: true }
    },
    { body: t.Object({ email: t.String({ format: 'email' }), password: t.String() }) },
  )
  .post('/sign-out', ({ cookie }) => {
    // ok: insecure-cookie
    cookie.session.set({ value: '', httpOnly: true, secure: true, sameSite: 'strict', maxAge: 0 })
    return { ok: true }
  })
