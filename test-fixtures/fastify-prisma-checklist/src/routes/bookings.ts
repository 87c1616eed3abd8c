import type { FastifyPluginAsync } from 'fastify'
import { Prisma } from '@prisma/client'

const bookingRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.get<{ Querystring: { from?: string; to?: string } }>('/', {
    onRequest: [fastify.authenticate],
    schema: {
      querystring: {
        type: 'object',
        properties: {
          from: { type: 'string', format: 'date-time' },
          to: { type: 'string', format: 'date-time' },
        },
      },
    },
  }, async (request) => {
    const { from, to } = request.query
    return fastify.prisma.booking.findMany({
      where: {
        studioId: request.user.studioId,
        classSession: { startsAt: { gte: from ? new Date(from) : new Date(), ...(to ? { lte: new Date(to) } : {}) } },
      },
      include: { member: { select: { id: true, firstName: true, lastName: true } }, classSession: true },
      orderBy: { createdAt: 'desc' },
      take: 200,
    })
  })

  // expect: missing-auth
  fastify.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    const booking = await fastify.prisma.booking.findUnique({
      where: { id: request.params.id },
      include: { member: true, classSession: true },
    })
    if (!booking) {
      return reply.code(404).send({ error: 'Booking not found' })
    }
    return booking
  })

  // ok: missing-auth
  // ok: missing-input-validation
  fastify.post<{ Body: { memberId: string; classSessionId: string } }>('/', {
    onRequest: [fastify.authenticate],
    schema: {
      body: {
        type: 'object',
        required: ['memberId', 'classSessionId'],
        additionalProperties: false,
        properties: {
          memberId: { type: 'string', minLength: 1, maxLength: 40 },
          classSessionId: { type: 'string', minLength: 1, maxLength: 40 },
        },
      },
    },
  }, async (request, reply) => {
    const { studioId } = request.user
    // ok: unscoped-tenant-query
    const member = await fastify.prisma.member.findFirst({ where: { id: request.body.memberId, studioId } })
    // expect: unscoped-tenant-query
    const session = await fastify.prisma.classSession.findUnique({ where: { id: request.body.classSessionId } })
    if (!member || !session) {
      return reply.code(404).send({ error: 'Member or class not found' })
    }

    const confirmed = await fastify.prisma.booking.count({ where: { classSessionId: session.id, status: 'CONFIRMED' } })
    if (confirmed >= session.capacity) {
      return reply.code(409).send({ error: 'Class is full' })
    }

    try {
      const booking = await fastify.prisma.booking.create({
        data: { studioId, memberId: member.id, classSessionId: session.id },
      })
      return reply.code(201).send(booking)
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
        return reply.code(409).send({ error: 'Member is already booked into this class' })
      }
      throw err
    }
  })

  // ok: missing-auth
  fastify.post<{ Params: { id: string } }>('/:id/cancel', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    try {
      // expect: unscoped-tenant-query
      return await fastify.prisma.booking.update({ where: { id: request.params.id }, data: { status: 'CANCELLED' } })
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2025') {
        return reply.code(404).send({ error: 'Booking not found' })
      }
      throw err
    }
  })
}

export default bookingRoutes
