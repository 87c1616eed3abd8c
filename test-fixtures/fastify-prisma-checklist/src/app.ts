import Fastify, { type FastifyError } from 'fastify'
import cors from '@fastify/cors'
import cookie from '@fastify/cookie'
import fastifyJwt from '@fastify/jwt'
import rateLimit from '@fastify/rate-limit'
import { PrismaClient } from '@prisma/client'
import './types'
import authPlugin from './plugins/auth'
import authRoutes from './routes/auth'
import memberRoutes from './routes/members'
import bookingRoutes from './routes/bookings'
import reportRoutes from './routes/reports'
import adminRoutes from './routes/admin'
import uploadRoutes from './routes/uploads'
import webhookRoutes from './routes/webhooks'

export async function buildApp() {
  const app = Fastify({ logger: true, trustProxy: true })

  const prisma = new PrismaClient()
  app.decorate('prisma', prisma)
  app.addHook('onClose', async () => {
    await prisma.$disconnect()
  })

  await app.register(cors, {
    origin: (process.env.CORS_ORIGINS ?? '').split(',').filter(Boolean),
    credentials: true,
  })
  await app.register(cookie)
  // ok: insecure-jwt
  await app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, cookie: { cookieName: 'token', signed: false } })
  // Limits are opt-in per route via `config.rateLimit`.
  await app.register(rateLimit, { global: false })
  await app.register(authPlugin)

  app.setErrorHandler((err: FastifyError, request, reply) => {
    request.log.error({ err }, 'request failed')
    if (err.validation) {
      return reply.code(400).send({ error: 'Bad Request', message: err.message })
    }
    if (err.statusCode && err.statusCode < 500) {
      return reply.code(err.statusCode).send({ error: err.message })
    }
    if (process.env.NODE_ENV !== 'production') {
      // ok: error-details-leak
      return reply.code(500).send({ error: err.message, stack: err.stack })
    }
    // ok: error-details-leak
    return reply.code(500).send({ error: 'Internal Server Error' })
  })

  // ok: missing-auth
  app.get('/health', async () => ({ status: 'ok' }))

  await app.register(authRoutes, { prefix: '/auth' })
  await app.register(memberRoutes, { prefix: '/members' })
  await app.register(bookingRoutes, { prefix: '/bookings' })
  await app.register(reportRoutes, { prefix: '/reports' })
  await app.register(adminRoutes, { prefix: '/admin' })
  await app.register(uploadRoutes, { prefix: '/uploads' })
  await app.register(webhookRoutes, { prefix: '/webhooks' })

  return app
}

if (require.main === module) {
  buildApp()
    .then((app) => app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' }))
    .catch((err) => {
      console.error(err)
      process.exit(1)
    })
}
