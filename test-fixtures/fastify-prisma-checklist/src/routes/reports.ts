import type { FastifyPluginAsync } from 'fastify'

function csvCell(value: unknown): string {
  const text = value == null ? '' : value instanceof Date ? value.toISOString() : String(value)
  // Neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

interface RangeQuery {
  studioId: string
  from: string
  to: string
}

const rangeQuerySchema = {
  type: 'object',
  required: ['studioId', 'from', 'to'],
  properties: {
    studioId: { type: 'string', minLength: 1, maxLength: 40 },
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
  },
} as const

// Dashboard widgets (attendance chart, member export button).
const reportRoutes: FastifyPluginAsync = async (fastify) => {
  // expect: missing-auth
  fastify.get<{ Querystring: RangeQuery }>('/attendance', { schema: { querystring: rangeQuerySchema } }, async (request) => {
    const { studioId, from, to } = request.query
    const rows = await fastify.prisma.booking.groupBy({
      by: ['status'],
      where: { studioId, classSession: { startsAt: { gte: new Date(from), lt: new Date(to) } } },
      _count: { _all: true },
    })
    return rows.map((row) => ({ status: row.status, count: row._count._all }))
  })

  // expect: missing-auth
  // expect: missing-rate-limit
  fastify.get<{ Querystring: { studioId: string } }>('/members.csv', {
    schema: {
      querystring: {
        type: 'object',
        required: ['studioId'],
        properties: { studioId: { type: 'string', minLength: 1, maxLength: 40 } },
      },
    },
  }, async (request, reply) => {
    try {
      const members = await fastify.prisma.member.findMany({
        where: { studioId: request.query.studioId },
        orderBy: { lastName: 'asc' },
      })
      const header = ['id', 'first_name', 'last_name', 'email', 'phone', 'membership_active', 'created_at']
      const lines = members.map((m) =>
        [m.id, m.firstName, m.lastName, m.email, m.phone, m.membershipActive, m.createdAt].map(csvCell).join(','),
      )
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="members.csv"')
        .send([header.join(','), ...lines].join('\n'))
    } catch (err) {
      request.log.error({ err }, 'member export failed')
      // expect: error-details-leak
      return reply.code(500).send({ error: (err as Error).message, stack: (err as Error).stack })
    }
  })
}

export default reportRoutes
