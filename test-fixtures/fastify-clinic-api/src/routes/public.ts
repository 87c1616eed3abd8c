import type { FastifyInstance, FastifyRequest } from 'fastify';
import { prisma } from '../lib/prisma';

// Public plugin: no hooks. Anything here is reachable by anyone.
export default async function publicRoutes(fastify: FastifyInstance) {
  // ok: missing-auth
  fastify.get('/health', async () => ({ ok: true }));

  // ok: missing-auth
  fastify.get('/specialties', async (request, reply) => {
    try {
      return await prisma.specialty.findMany({ orderBy: { name: 'asc' } });
    } catch (error) {
      // expect: error-details-leak
      return reply.code(500).send({ message: 'lookup failed', stack: (error as Error).stack });
    }
  });

  // expect: missing-auth
  fastify.get('/clinics/:clinicId/patients', async (request: FastifyRequest<{ Params: { clinicId: string } }>) => {
    // (unauthenticated: reported as missing-auth, not as an unscoped query)
    return prisma.patient.findMany({ where: { clinicId: request.params.clinicId } });
  });
}
