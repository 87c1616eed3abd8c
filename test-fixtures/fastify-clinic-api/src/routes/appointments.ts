import type { FastifyInstance, FastifyRequest } from 'fastify';
import { prisma } from '../lib/prisma';

type ById = FastifyRequest<{ Params: { id: string } }>;

export default async function appointmentRoutes(fastify: FastifyInstance) {
  // ok: missing-auth
  fastify.get('/upcoming', { onRequest: [fastify.authenticate] }, async (request) => {
    return prisma.appointment.findMany({ where: { clinicId: request.user.clinicId, startsAt: { gte: new Date() } } });
  });

  // forgot the onRequest option that its neighbours have
  // expect: missing-auth
  fastify.get('/:id', async (request: ById) => {
    // (unauthenticated: reported as missing-auth, not as an unscoped query)
    return prisma.appointment.findUnique({ where: { id: request.params.id } });
  });

  // ok: missing-auth
  fastify.route({
    method: 'DELETE',
    url: '/:id',
    onRequest: fastify.authenticate,
    handler: async (request: ById, reply) => {
      // expect: unscoped-tenant-query
      await prisma.appointment.delete({ where: { id: request.params.id } });
      return reply.code(204).send();
    },
  });

  // an encapsulated child context: its hook covers only its own routes
  fastify.register(async (notes) => {
    notes.addHook('preHandler', fastify.authenticate);

    // ok: missing-auth
    notes.get('/:id/notes', async (request: ById) => {
      // ok: unscoped-tenant-query
      return prisma.appointmentNote.findMany({ where: { appointmentId: request.params.id, clinicId: request.user.clinicId } });
    });
  });

  // expect: missing-auth
  // expect: missing-input-validation
  fastify.post('/:id/notes', async (request: FastifyRequest<{ Params: { id: string }; Body: { body: string; clinicId: string } }>) => {
    return prisma.appointmentNote.create({ data: { appointmentId: request.params.id, clinicId: request.body.clinicId, body: request.body.body } });
  });
}
