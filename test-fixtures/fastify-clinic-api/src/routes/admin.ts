import type { FastifyInstance, FastifyRequest } from 'fastify';
import { prisma } from '../lib/prisma';

export default async function adminRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-role-check
  fastify.get('/staff', { preHandler: [fastify.requireClinicAdmin] }, async (request) => {
    return prisma.user.findMany({ where: { clinicId: request.user.clinicId }, select: { id: true, email: true, role: true } });
  });

  // expect: missing-role-check
  fastify.delete('/staff/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    await prisma.user.deleteMany({ where: { id: request.params.id, clinicId: request.user.clinicId } });
    return reply.code(204).send();
  });

  // ok: missing-role-check
  fastify.get('/audit', { preHandler: fastify.auth([fastify.authenticate, fastify.requireClinicAdmin], { relation: 'and' }) }, async (request) => {
    return prisma.auditEntry.findMany({ where: { clinicId: request.user.clinicId } });
  });
}
