/**
 * Front-desk check-in kiosk gateway. Tablets authenticate with a device JWT issued
 * from the admin UI (role STAFF, bound to one studio).
 */
import Fastify, { type FastifyError } from 'fastify'
import fastifyJwt from '@fastify/jwt'
import multipart from '@fastify/multipart'
import rateLimit from '@fastify/rate-limit'
import { PrismaClient } from '@prisma/client'
import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import './types'
import authPlugin from './plugins/auth'

const UPLOAD_DIR = process.env.UPLOAD_DIR ?? path.resolve('uploads')
const IMAGE_TYPES: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/webp': '.webp' }

export async function buildKioskServer() {
  const app = Fastify({ logger: true })
  const prisma = new PrismaClient()
  app.decorate('prisma', prisma)
  app.addHook('onClose', async () => {
    await prisma.$disconnect()
  })

  // Applies to every kiosk route.
  await app.register(rateLimit, { max: 60, timeWindow: '1 minute' })
  // ok: insecure-jwt
  await app.register(fastifyJwt, { secret: process.env.KIOSK_JWT_SECRET! })
  // ok: unrestricted-upload
  await app.register(multipart, { limits: { fileSize: 5_000_000, files: 1 } })
  await app.register(authPlugin)
  await mkdir(UPLOAD_DIR, { recursive: true })

  app.setErrorHandler((err: FastifyError, request, reply) => {
    request.log.error({ err }, 'kiosk request failed')
    if (err.statusCode && err.statusCode < 500) {
      return reply.code(err.statusCode).send({ error: err.message })
    }
    // ok: error-details-leak
    return reply.code(500).send({ error: 'Internal Server Error' })
  })

  app.addHook('onRequest', app.authenticate)

  // ok: missing-auth
  app.get('/sessions/today', async (request) => {
    const start = new Date()
    start.setHours(0, 0, 0, 0)
    const end = new Date(start.getTime() + 24 * 60 * 60 * 1000)
    return prisma.classSession.findMany({
      where: { studioId: request.user.studioId, startsAt: { gte: start, lt: end } },
      orderBy: { startsAt: 'asc' },
      include: {
        bookings: {
          where: { status: { in: ['CONFIRMED', 'ATTENDED'] } },
          include: { member: { select: { id: true, firstName: true, lastName: true, avatarUrl: true } } },
        },
      },
    })
  })

  // ok: missing-auth
  app.post<{ Params: { id: string } }>('/bookings/:id/check-in', async (request, reply) => {
    // ok: unscoped-tenant-query
    const result = await prisma.booking.updateMany({ where: { id: request.params.id, studioId: request.user.studioId, status: 'CONFIRMED' }, data: { status: 'ATTENDED' } })
    if (result.count === 0) {
      return reply.code(404).send({ error: 'No confirmed booking found' })
    }
    return { checkedIn: true }
  })

  // ok: missing-rate-limit
  app.post<{ Params: { memberId: string } }>('/members/:memberId/photo', async (request, reply) => {
    // ok: unscoped-tenant-query
    const member = await prisma.member.findFirst({ where: { id: request.params.memberId, studioId: request.user.studioId }, select: { id: true } })
    if (!member) {
      return reply.code(404).send({ error: 'Member not found' })
    }
    const file = await request.file()
    const ext = file ? IMAGE_TYPES[file.mimetype] : undefined
    if (!file || !ext) {
      file?.file.resume()
      return reply.code(415).send({ error: 'Expected a JPEG, PNG or WebP image' })
    }

    const filename = `${randomUUID()}${ext}`
    const dest = path.join(UPLOAD_DIR, filename)
    try {
      await pipeline(file.file, createWriteStream(dest))
    } catch (err) {
      await rm(dest, { force: true })
      throw err
    }
    if (file.file.truncated) {
      await rm(dest, { force: true })
      return reply.code(413).send({ error: 'File too large' })
    }
    await prisma.member.update({ where: { id: member.id }, data: { avatarUrl: `/files/${filename}` } })
    return { avatarUrl: `/files/${filename}` }
  })

  return app
}

if (require.main === module) {
  buildKioskServer()
    .then((app) => app.listen({ port: Number(process.env.KIOSK_PORT ?? 3002), host: '0.0.0.0' }))
    .catch((err) => {
      console.error(err)
      process.exit(1)
    })
}
