import type { FastifyInstance, FastifyRequest } from 'fastify';

type ById = FastifyRequest<{ Params: { id: string } }>;

const vehiclePatch = {
  type: 'object',
  additionalProperties: false,
  properties: {
    plate: { type: 'string', maxLength: 16 },
    status: { type: 'string', enum: ['active', 'workshop', 'retired'] },
  },
} as const;

export default async function vehicleRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.authenticate);

  // this plugin's own error handler replaces the app's for its routes (none of them takes credentials)
  fastify.setErrorHandler((error, request, reply) => {
    // ok: token-logging
    request.log.warn({ err: error, body: request.body }, 'vehicle request failed');
    // the error goes on to the app's error handler, which decides what the client sees
    // ok: error-details-leak
    return reply.code(500).send(error);
  });

  // ok: missing-auth
  fastify.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return fastify.prisma.vehicle.findMany({ where: { companyId: request.user.companyId }, orderBy: { plate: 'asc' } });
  });

  // ok: missing-auth
  fastify.get('/:id', async (request: ById, reply) => {
    // expect: unscoped-tenant-query
    const vehicle = await fastify.prisma.vehicle.findUnique({ where: { id: request.params.id }, include: { trips: { take: 20 } } });
    if (!vehicle) return reply.code(404).send({ error: 'not found' });
    return vehicle;
  });

  fastify.get('/:id/position', async (request: ById, reply) => {
    // ok: unscoped-tenant-query
    const ping = await fastify.prisma.telemetryPing.findFirst({
      where: { vehicleId: request.params.id, companyId: request.user.companyId },
      orderBy: { at: 'desc' },
    });
    return ping ?? reply.code(404).send({ error: 'no position yet' });
  });

  // ok: missing-input-validation
  fastify.patch('/:id', { schema: { body: vehiclePatch } }, async (request: FastifyRequest<{ Params: { id: string }; Body: { plate?: string; status?: string } }>, reply) => {
    // ok: unscoped-tenant-query
    const existing = await fastify.prisma.vehicle.findUnique({ where: { id: request.params.id } });
    if (!existing || existing.companyId !== request.user.companyId) return reply.code(404).send({ error: 'not found' });
    return fastify.prisma.vehicle.update({ where: { id: existing.id }, data: request.body });
  });

  // expect: missing-input-validation
  fastify.put('/:id/odometer', async (request: FastifyRequest<{ Params: { id: string }; Body: { odometerKm: number } }>) => {
    // expect: unscoped-tenant-query
    return fastify.prisma.vehicle.update({ where: { id: request.params.id }, data: { odometerKm: request.body.odometerKm } });
  });

  fastify.delete('/:id', { preHandler: fastify.requireRole('owner', 'fleet_admin') }, async (request: ById, reply) => {
    // ok: unscoped-tenant-query
    await fastify.prisma.vehicle.deleteMany({ where: { id: request.params.id, companyId: request.user.companyId } });
    return reply.code(204).send();
  });
}
