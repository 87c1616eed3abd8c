import type { FastifyInstance, FastifyRequest } from 'fastify';

type TripQuery = FastifyRequest<{ Querystring: { vehicleId?: string; from?: string } }>;

// No plugin-wide hook here: every route names its own onRequest.
export default async function tripRoutes(fastify: FastifyInstance) {
  // ok: missing-auth
  fastify.get('/', { onRequest: [fastify.authenticate] }, async (request: TripQuery) => {
    // ok: unscoped-tenant-query
    return fastify.prisma.trip.findMany({
      where: { companyId: request.user.companyId, vehicleId: request.query.vehicleId },
      orderBy: { startedAt: 'desc' },
      take: 200,
    });
  });

  // the dashboard polls this one; the hook was left off
  // expect: missing-auth
  fastify.get('/active', async (request: TripQuery) => {
    return fastify.prisma.trip.findMany({ where: { endedAt: null, vehicleId: request.query.vehicleId } });
  });

  // ok: missing-auth
  fastify.route({
    method: 'GET',
    url: '/:id',
    onRequest: fastify.authenticate,
    handler: async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
      // expect: unscoped-tenant-query
      const trip = await fastify.prisma.trip.findFirst({ where: { id: request.params.id } });
      return trip ?? reply.code(404).send({ error: 'not found' });
    },
  });

  // the partner portal names the company in a header set by its proxy
  // ok: missing-auth
  fastify.get('/by-company', { onRequest: fastify.authenticate }, async (request) => {
    const companyId = String(request.raw.headers['x-company-id'] ?? '');
    // expect: unscoped-tenant-query
    return fastify.prisma.trip.findMany({ where: { companyId }, take: 100 });
  });

  // ok: missing-auth
  // expect: missing-rate-limit
  fastify.get('/export.csv', { onRequest: fastify.authenticate }, async (request: TripQuery, reply) => {
    // ok: unscoped-tenant-query
    const trips = await fastify.prisma.trip.findMany({ where: { companyId: request.user.companyId } });
    const lines = trips.map((t) => [t.id, t.vehicleId, t.driverName, t.startedAt.toISOString(), t.distanceKm].join(','));
    reply.header('content-type', 'text/csv');
    return ['id,vehicle,driver,started,km', ...lines].join('\n');
  });

  // ok: missing-auth
  // ok: missing-rate-limit
  fastify.get('/export.xlsx', { onRequest: fastify.authenticate, config: { rateLimit: { max: 3, timeWindow: '1 hour' } } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const trips = await fastify.prisma.trip.findMany({ where: { companyId: request.user.companyId } });
    return reply.send({ rows: trips.length });
  });
}
