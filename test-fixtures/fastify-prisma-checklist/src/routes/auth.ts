import type { FastifyPluginAsync } from 'fastify'
import { createHash, randomBytes } from 'node:crypto'
import { hashPassword, verifyPassword } from '../plugins/auth'

const SESSION_TTL_SECONDS = 60 * 60 * 8
const RESET_TTL_MS = 60 * 60 * 1000

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}

function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return `${base || 'studio'}-${randomBytes(3).toString('hex')}`
}

async function sendPasswordResetEmail(to: string, token: string): Promise<void> {
  const url = `${process.env.APP_URL}/reset-password?token=${encodeURIComponent(token)}`
  await fetch(process.env.MAILER_URL!, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MAILER_API_KEY}` },
    body: JSON.stringify({ to, template: 'password-reset', data: { url } }),
  })
}

interface LoginBody {
  email: string
  password: string
}

interface SignupBody {
  studioName: string
  name: string
  email: string
  password: string
}

const authRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  // ok: missing-rate-limit
  fastify.post<{ Body: LoginBody }>('/login', {
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
    schema: {
      body: {
        type: 'object',
        required: ['email', 'password'],
        additionalProperties: false,
        properties: {
          email: { type: 'string', format: 'email', maxLength: 254 },
          password: { type: 'string', minLength: 1, maxLength: 200 },
        },
      },
    },
  }, async (request, reply) => {
    const user = await fastify.prisma.user.findUnique({ where: { email: request.body.email.toLowerCase() } })
    if (!user || !(await verifyPassword(request.body.password, user.passwordHash))) {
      return reply.code(401).send({ error: 'Invalid email or password' })
    }
    const token = await reply.jwtSign({ sub: user.id, studioId: user.studioId, role: user.role }, { expiresIn: '8h' })
    // ok: insecure-cookie
    reply.setCookie('token', token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/', maxAge: SESSION_TTL_SECONDS })
    return { id: user.id, name: user.name, role: user.role, studioId: user.studioId }
  })

  // expect: missing-rate-limit
  // ok: missing-input-validation
  fastify.post<{ Body: SignupBody }>('/signup', {
    schema: {
      body: {
        type: 'object',
        required: ['studioName', 'name', 'email', 'password'],
        additionalProperties: false,
        properties: {
          studioName: { type: 'string', minLength: 2, maxLength: 100 },
          name: { type: 'string', minLength: 1, maxLength: 100 },
          email: { type: 'string', format: 'email', maxLength: 254 },
          password: { type: 'string', minLength: 10, maxLength: 200 },
        },
      },
    },
  }, async (request, reply) => {
    const { studioName, name, password } = request.body
    const email = request.body.email.toLowerCase()

    const existing = await fastify.prisma.user.findUnique({ where: { email }, select: { id: true } })
    if (existing) {
      return reply.code(409).send({ error: 'An account with this email already exists' })
    }

    const passwordHash = await hashPassword(password)
    const user = await fastify.prisma.$transaction(async (tx) => {
      const studio = await tx.studio.create({ data: { name: studioName, slug: slugify(studioName) } })
      return tx.user.create({ data: { email, name, passwordHash, role: 'OWNER', studioId: studio.id } })
    })

    const token = await reply.jwtSign({ sub: user.id, studioId: user.studioId, role: user.role }, { expiresIn: '8h' })
    // ok: insecure-cookie
    reply.setCookie('token', token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/', maxAge: SESSION_TTL_SECONDS })
    return reply.code(201).send({ id: user.id, name: user.name, role: user.role, studioId: user.studioId })
  })

  // ok: missing-rate-limit
  fastify.post<{ Body: { email: string } }>('/forgot-password', {
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
    schema: {
      body: {
        type: 'object',
        required: ['email'],
        additionalProperties: false,
        properties: { email: { type: 'string', format: 'email', maxLength: 254 } },
      },
    },
  }, async (request, reply) => {
    const user = await fastify.prisma.user.findUnique({ where: { email: request.body.email.toLowerCase() } })
    if (user) {
      const token = randomBytes(32).toString('base64url')
      await fastify.prisma.user.update({
        where: { id: user.id },
        data: { passwordResetTokenHash: sha256(token), passwordResetExpiresAt: new Date(Date.now() + RESET_TTL_MS) },
      })
      await sendPasswordResetEmail(user.email, token)
    }
    // Same response whether or not the account exists.
    return reply.code(202).send({ ok: true })
  })

  // expect: missing-rate-limit
  fastify.post<{ Body: { token: string; password: string } }>('/reset-password', {
    schema: {
      body: {
        type: 'object',
        required: ['token', 'password'],
        additionalProperties: false,
        properties: {
          token: { type: 'string', minLength: 20, maxLength: 200 },
          password: { type: 'string', minLength: 10, maxLength: 200 },
        },
      },
    },
  }, async (request, reply) => {
    const user = await fastify.prisma.user.findUnique({ where: { passwordResetTokenHash: sha256(request.body.token) } })
    if (!user || !user.passwordResetExpiresAt || user.passwordResetExpiresAt < new Date()) {
      return reply.code(400).send({ error: 'Reset link is invalid or has expired' })
    }
    await fastify.prisma.user.update({
      where: { id: user.id },
      data: {
        passwordHash: await hashPassword(request.body.password),
        passwordResetTokenHash: null,
        passwordResetExpiresAt: null,
      },
    })
    return { ok: true }
  })

  fastify.post('/refresh', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const user = await fastify.prisma.user.findFirst({ where: { id: request.user.sub, studioId: request.user.studioId } })
    if (!user) {
      return reply.code(401).send({ error: 'Unauthorized' })
    }
    const token = await reply.jwtSign({ sub: user.id, studioId: user.studioId, role: user.role }, { expiresIn: '8h' })
    // expect: insecure-cookie
    reply.setCookie('token', token, { path: '/', maxAge: SESSION_TTL_SECONDS })
    return { ok: true }
  })

  fastify.post('/logout', async (_request, reply) => {
    reply.clearCookie('token', { httpOnly: true, secure: true, sameSite: 'strict', path: '/' })
    return { ok: true }
  })
}

export default authRoutes
