import type { FastifyPluginAsync } from 'fastify'
import type { Prisma } from '@prisma/client'

interface MemberInput {
  firstName: string
  lastName: string
  email: string
  phone?: string
  notes?: string
}

const memberRoutes: FastifyPluginAsync = async (fastify) => {
  // Every route in this plugin requires a signed-in staff user.
  fastify.addHook('onRequest', fastify.authenticate)

  // ok: missing-auth
  fastify.get<{ Querystring: { q?: string; take?: number; cursor?: string } }>('/', {
    schema: {
      querystring: {
        type: 'object',
        properties: {
          q: { type: 'string', maxLength: 100 },
          take: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
          cursor: { type: 'string', maxLength: 40 },
        },
      },
    },
  }, async (request) => {
    const { q, take = 50, cursor } = request.query
    const where: Prisma.MemberWhereInput = { studioId: request.user.studioId }
    if (q) {
      where.OR = [
        { firstName: { contains: q, mode: 'insensitive' } },
        { lastName: { contains: q, mode: 'insensitive' } },
        { email: { contains: q, mode: 'insensitive' } },
      ]
    }
    // ok: unscoped-tenant-query
    return fastify.prisma.member.findMany({
      where,
      orderBy: { id: 'asc' },
      take,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    })
  })

  // ok: missing-auth
  fastify.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    const member = await fastify.prisma.member.findUnique({ where: { id: request.params.id }, include: { bookings: { include: { classSession: true }, orderBy: { createdAt: 'desc' }, take: 50 } } })
    if (!member) {
      return reply.code(404).send({ error: 'Member not found' })
    }
    return member
  })

  // ok: missing-input-validation
  fastify.post<{ Body: MemberInput }>('/', {
    schema: {
      body: {
        type: 'object',
        required: ['firstName', 'lastName', 'email'],
        additionalProperties: false,
        properties: {
          firstName: { type: 'string', minLength: 1, maxLength: 80 },
          lastName: { type: 'string', minLength: 1, maxLength: 80 },
          email: { type: 'string', format: 'email', maxLength: 254 },
          phone: { type: 'string', maxLength: 30 },
          notes: { type: 'string', maxLength: 2000 },
        },
      },
    },
  }, async (request, reply) => {
    const member = await fastify.prisma.member.create({
      data: { ...request.body, email: request.body.email.toLowerCase(), studioId: request.user.studioId },
    })
    return reply.code(201).send(member)
  })

  // expect: missing-input-validation
  fastify.patch<{ Params: { id: string }; Body: Partial<MemberInput> }>('/:id', async (request, reply) => {
    // ok: unscoped-tenant-query
    const result = await fastify.prisma.member.updateMany({ where: { id: request.params.id, studioId: request.user.studioId }, data: request.body })
    if (result.count === 0) {
      return reply.code(404).send({ error: 'Member not found' })
    }
    return fastify.prisma.member.findFirst({ where: { id: request.params.id, studioId: request.user.studioId } })
  })

  fastify.delete<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // ok: unscoped-tenant-query
    const member = await fastify.prisma.member.findUnique({ where: { id: request.params.id } })
    if (!member || member.studioId !== request.user.studioId) {
      return reply.code(404).send({ error: 'Member not found' })
    }
    await fastify.prisma.member.delete({ where: { id: member.id } })
    return reply.code(204).send()
  })
}

export default memberRoutes
