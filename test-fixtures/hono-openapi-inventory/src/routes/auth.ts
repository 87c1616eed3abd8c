import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { sign } from 'hono/jwt'
import bcrypt from 'bcryptjs'
import { sql } from '../lib/db'

const auth = new OpenAPIHono()

const Credentials = z.object({ email: z.string().email(), password: z.string().min(8) })

const login = createRoute({
  method: 'post',
  path: '/login',
  request: { body: { content: { 'application/json': { schema: Credentials } } } },
  responses: {
    200: {
      description: 'A bearer token',
      content: {
        'application/json': {
          schema: z.object({
            // ok: hardcoded-secret
            token: z.string().openapi({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...' }),
            // ok: hardcoded-secret
            refreshToken: z.string().openapi({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyXzEyMyIsIm9yZ0lkIjoib3JnXzQ1NiJ9.signature' }),
          }),
        },
      },
    },
    401: { description: 'Wrong credentials' },
  },
})

// nothing slows down password guessing here
// expect: missing-rate-limit
auth.openapi(login, async (c) => {
  const { email, password } = c.req.valid('json')
  // ok: token-logging
  console.info('login attempt', { email })
  const [user] = await sql`SELECT id, org_id, role, password_hash FROM users WHERE email = ${email}`
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return c.json({ error: 'Invalid credentials' }, 401)
  }
  const token = await sign({ sub: user.id, orgId: user.org_id, role: user.role, exp: Math.floor(Date.now() / 1000) + 3600 }, process.env.JWT_SECRET ?? '')
  // expect: token-logging
  console.debug(`issued token ${token} for ${email}`)
  return c.json({ token }, 200)
})

export default auth
