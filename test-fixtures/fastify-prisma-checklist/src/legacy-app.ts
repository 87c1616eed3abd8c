/**
 * v1 API kept alive for the old mobile app (builds < 3.0). Runs as its own process on :3001
 * behind the same load balancer (`/v1/*`).
 */
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify'
import cookie from '@fastify/cookie'
import fastifyJwt from '@fastify/jwt'
import multipart from '@fastify/multipart'
import { PrismaClient } from '@prisma/client'
import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { AuthUser } from './types'
import { verifyPassword } from './plugins/auth'

const UPLOAD_DIR = process.env.UPLOAD_DIR ?? path.resolve('uploads')
const IMAGE_TYPES: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png' }

export async function buildLegacyApp() {
  const app = Fastify({ logger: true, trustProxy: true })
  const prisma = new PrismaClient()
  app.addHook('onClose', async () => {
    await prisma.$disconnect()
  })

  await app.register(cookie)
  // expect: insecure-jwt
  await app.register(fastifyJwt, { secret: 'fitstudio-v1-2019' })
  // expect: unrestricted-upload
  await app.register(multipart)
  await mkdir(UPLOAD_DIR, { recursive: true })

  app.setErrorHandler((err, request, reply) => {
    request.log.error({ err }, 'v1 request failed')
    // expect: error-details-leak
    reply.code(500).send({ error: err.message, stack: err.stack })
  })

  async function legacyAuth(request: FastifyRequest, reply: FastifyReply) {
    const token = request.cookies.session ?? request.headers.authorization?.replace(/^Bearer /, '')
    if (!token) {
      return reply.code(401).send({ error: 'Unauthorized' })
    }
    // expect: insecure-jwt
    const payload = app.jwt.decode<AuthUser>(token)
    if (!payload) {
      return reply.code(401).send({ error: 'Unauthorized' })
    }
    request.user = payload
  }

  // expect: missing-rate-limit
  app.post<{ Body: { email: string; password: string } }>('/v1/login', {
    schema: {
      body: {
        type: 'object',
        required: ['email', 'password'],
        properties: {
          email: { type: 'string', maxLength: 254 },
          password: { type: 'string', maxLength: 200 },
        },
      },
    },
  }, async (request, reply) => {
    const user = await prisma.user.findUnique({ where: { email: request.body.email.toLowerCase() } })
    if (!user || !(await verifyPassword(request.body.password, user.passwordHash))) {
      return reply.code(401).send({ error: 'Invalid email or password' })
    }
    const token = app.jwt.sign({ sub: user.id, studioId: user.studioId, role: user.role }, { expiresIn: '30d' })
    // expect: insecure-cookie
    reply.setCookie('session', token, { httpOnly: true, path: '/', maxAge: 60 * 60 * 24 * 30 })
    return { token }
  })

  // expect: missing-rate-limit
  app.post<{ Params: { id: string } }>('/v1/members/:id/photo', { preHandler: legacyAuth }, async (request, reply) => {
    // (request.user is what legacyAuth decoded without verifying: its studioId is the client's pick)
    // expect: unscoped-tenant-query
    const member = await prisma.member.findFirst({ where: { id: request.params.id, studioId: request.user.studioId } })
    if (!member) {
      return reply.code(404).send({ error: 'Member not found' })
    }
    const file = await request.file()
    const ext = file ? IMAGE_TYPES[file.mimetype] : undefined
    if (!file || !ext) {
      file?.file.resume()
      return reply.code(415).send({ error: 'Expected a JPEG or PNG image' })
    }
    const filename = `${randomUUID()}${ext}`
    await writeFile(path.join(UPLOAD_DIR, filename), await file.toBuffer())
    await prisma.member.update({ where: { id: member.id }, data: { avatarUrl: `/files/${filename}` } })
    return { avatarUrl: `/files/${filename}` }
  })

  return app
}

if (require.main === module) {
  buildLegacyApp()
    .then((app) => app.listen({ port: Number(process.env.LEGACY_PORT ?? 3001), host: '0.0.0.0' }))
    .catch((err) => {
      console.error(err)
      process.exit(1)
    })
}
