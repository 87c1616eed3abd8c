import type { FastifyPluginAsync } from 'fastify'
import multipart from '@fastify/multipart'

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function csvCell(value: unknown): string {
  const text = value == null ? '' : value instanceof Date ? value.toISOString() : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

interface ClassSessionInput {
  title: string
  instructor: string
  startsAt: string
  durationMin: number
  capacity: number
}

const adminRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate)
  // CSV member import below.
  // expect: unrestricted-upload
  await fastify.register(multipart)

  // ok: missing-auth
  // ok: missing-role-check
  fastify.get('/users', { preHandler: [fastify.requireOwner] }, async (request) => {
    return fastify.prisma.user.findMany({
      where: { studioId: request.user.studioId },
      select: { id: true, email: true, name: true, role: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    })
  })

  // expect: missing-role-check
  fastify.patch<{ Params: { id: string }; Body: { role: 'OWNER' | 'STAFF' } }>('/users/:id/role', {
    schema: {
      body: {
        type: 'object',
        required: ['role'],
        additionalProperties: false,
        properties: { role: { type: 'string', enum: ['OWNER', 'STAFF'] } },
      },
    },
  }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const result = await fastify.prisma.user.updateMany({ where: { id: request.params.id, studioId: request.user.studioId }, data: { role: request.body.role } })
    if (result.count === 0) {
      return reply.code(404).send({ error: 'User not found' })
    }
    return { id: request.params.id, role: request.body.role }
  })

  // ok: missing-role-check
  fastify.delete<{ Params: { id: string } }>('/users/:id', { preHandler: [fastify.requireOwner] }, async (request, reply) => {
    if (request.params.id === request.user.sub) {
      return reply.code(400).send({ error: 'You cannot remove your own account' })
    }
    // expect: unscoped-tenant-query
    await fastify.prisma.user.delete({ where: { id: request.params.id } })
    return reply.code(204).send()
  })

  // expect: missing-role-check
  fastify.put<{ Body: { name: string; timezone: string } }>('/studio', {
    schema: {
      body: {
        type: 'object',
        required: ['name', 'timezone'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 2, maxLength: 100 },
          timezone: { type: 'string', minLength: 1, maxLength: 64 },
        },
      },
    },
  }, async (request) => {
    return fastify.prisma.studio.update({
      where: { id: request.user.studioId },
      data: { name: request.body.name, timezone: request.body.timezone },
    })
  })

  // ok: missing-role-check
  // expect: missing-input-validation
  fastify.post<{ Body: ClassSessionInput }>('/classes', { preHandler: [fastify.requireOwner] }, async (request, reply) => {
    const session = await fastify.prisma.classSession.create({
      data: { ...request.body, studioId: request.user.studioId },
    })
    return reply.code(201).send(session)
  })

  // ok: missing-role-check
  // ok: missing-rate-limit
  fastify.get('/export/bookings.csv', {
    preHandler: [fastify.requireOwner],
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const bookings = await fastify.prisma.booking.findMany({
      where: { studioId: request.user.studioId },
      include: { member: true, classSession: true },
      orderBy: { createdAt: 'desc' },
    })
    const header = ['booking_id', 'status', 'class', 'starts_at', 'member', 'member_email', 'booked_at']
    const lines = bookings.map((b) =>
      [
        b.id,
        b.status,
        b.classSession.title,
        b.classSession.startsAt,
        `${b.member.firstName} ${b.member.lastName}`,
        b.member.email,
        b.createdAt,
      ]
        .map(csvCell)
        .join(','),
    )
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="bookings.csv"')
      .send([header.join(','), ...lines].join('\n'))
  })

  // ok: missing-role-check
  // expect: missing-rate-limit
  fastify.post('/import/members', { preHandler: [fastify.requireOwner] }, async (request, reply) => {
    const file = await request.file()
    if (!file) {
      return reply.code(400).send({ error: 'Expected a CSV file' })
    }
    if (file.mimetype !== 'text/csv') {
      file.file.resume()
      return reply.code(415).send({ error: 'Only text/csv is accepted' })
    }

    // Expected columns: first_name,last_name,email,phone
    const [, ...rows] = (await file.toBuffer()).toString('utf8').split(/\r?\n/)
    const data = rows
      .map((row) => row.split(',').map((cell) => cell.trim()))
      .filter(([firstName, lastName, email]) =>
        firstName && lastName && email && firstName.length <= 80 && lastName.length <= 80 && EMAIL_RE.test(email),
      )
      .map(([firstName, lastName, email, phone]) => ({
        studioId: request.user.studioId,
        firstName,
        lastName,
        email: email.toLowerCase(),
        phone: phone ? phone.slice(0, 30) : null,
        source: 'import',
      }))

    const result = await fastify.prisma.member.createMany({ data, skipDuplicates: true })
    return { imported: result.count, skipped: rows.filter(Boolean).length - result.count }
  })
}

export default adminRoutes
