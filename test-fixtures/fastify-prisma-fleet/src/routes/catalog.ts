import type { FastifyInstance, FastifyRequest } from 'fastify';

// Public lookups used by the sign-up form and the driver app before sign-in.
export default async function catalogRoutes(fastify: FastifyInstance) {
  // ok: missing-auth
  fastify.get('/fuel-grades', async () => {
    return fastify.prisma.fuelGrade.findMany({ orderBy: { code: 'asc' } });
  });

  // a driver app looks its vehicle up by VIN before signing in
  // expect: missing-auth
  fastify.get('/vehicles/:vin', async (request: FastifyRequest<{ Params: { vin: string } }>, reply) => {
    try {
      return await fastify.prisma.vehicle.findUniqueOrThrow({ where: { vin: request.params.vin }, include: { trips: true } });
    } catch (err) {
      // expect: error-details-leak
      return reply.code(500).send({ error: (err as Error).message });
    }
  });
}
