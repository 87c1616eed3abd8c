import { hash, verify } from '@node-rs/argon2'
import { zValidator } from '@hono/zod-validator'
import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { sign } from 'hono/jwt'
import { rateLimiter } from 'hono-rate-limiter'
import { z } from 'zod'
import { db } from '../db/client.js'
import { users } from '../db/schema.js'

export const auth = new Hono()

const loginLimiter = rateLimiter({
  windowMs: 10 * 60 * 1000,
  limit: 8,
  keyGenerator: (c) => c.req.header('x-forwarded-for') ?? 'anon',
})

const Credentials = z.object({ email: z.string().email(), password: z.string().min(8).max(200) })

// ok: missing-auth, missing-rate-limit
auth.post('/login', loginLimiter, zValidator('json', Credentials), async (c) => {
  const { email, password } = c.req.valid('json')
  const user = await db.query.users.findFirst({ where: eq(users.email, email) })
  if (!user || !(await verify(user.passwordHash, password))) {
    return c.json({ error: 'invalid email or password' }, 401)
  }
  const token = await sign(
    { sub: user.id, email: user.email, staff: user.isStaff, exp: Math.floor(Date.now() / 1000) + 8 * 3600 },
    process.env.JWT_SECRET!,
  )
  return c.json({ token })
})

// ok: missing-auth
// expect: missing-rate-limit
auth.post('/register', zValidator('json', Credentials.extend({ name: z.string().min(1) })), async (c) => {
  const body = c.req.valid('json')
  const [user] = await db
    .insert(users)
    .values({ email: body.email, name: body.name, passwordHash: await hash(body.password) })
    .returning({ id: users.id })
  return c.json(user, 201)
})
