import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma';

type IdParams = { Params: { id: string } };

export default async function patientRoutes(fastify: FastifyInstance) {
  // every route of this plugin is authenticated
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return prisma.patient.findMany({ where: { clinicId: request.user.clinicId } });
  });

  // ok: missing-auth
  fastify.get<IdParams>('/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    const patient = await prisma.patient.findUnique({ where: { id: request.params.id } });
    if (!patient) return reply.code(404).send();
    return patient;
  });

  fastify.get<IdParams>('/:id/chart', async (request, reply) => {
    // ok: unscoped-tenant-query
    const patient = await prisma.patient.findUnique({ where: { id: request.params.id } });
    if (!patient || patient.clinicId !== request.user.clinicId) return reply.code(404).send();
    return patient;
  });

  // ok: missing-input-validation
  fastify.put<IdParams & { Body: { fullName: string } }>(
    '/:id',
    { schema: { body: { type: 'object', required: ['fullName'], properties: { fullName: { type: 'string' } } } } },
    async (request) => {
      // ok: unscoped-tenant-query
      return prisma.patient.update({ where: { id: request.params.id, clinicId: request.user.clinicId }, data: { fullName: request.body.fullName } });
    },
  );
}
