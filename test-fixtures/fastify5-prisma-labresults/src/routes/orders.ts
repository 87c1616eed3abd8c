import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma.js';
import { inClinic } from '../lib/scope.js';

export default async function orderRoutes(app: FastifyInstance) {
  app.addHook('onRequest', app.authenticate);

  // ok: missing-auth
  app.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // ok: unscoped-tenant-query
    const order = await prisma.labOrder.findFirst({ where: { id: request.params.id, ...inClinic(request) } });
    return order ?? reply.code(404).send({ error: 'not found' });
  });

  app.get<{ Params: { id: string } }>('/:id/results', async (request) => {
    // ok: unscoped-tenant-query
    return prisma.labResult.findMany({ where: { orderId: request.params.id, order: { patient: { clinicId: request.user.clinicId } } } });
  });

  app.post<{ Params: { id: string } }>('/:id/cancel', async (request, reply) => {
    // expect: unscoped-tenant-query
    await prisma.labOrder.update({ where: { id: request.params.id }, data: { status: 'cancelled' } });
    return reply.code(204).send();
  });
}

// printed requisitions; the hook below only stamps a request id, it authenticates nothing
export async function requisitionRoutes(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // expect: missing-auth
  app.get<{ Params: { orderId: string } }>('/:orderId', async (request) => {
    return prisma.labOrder.findUnique({ where: { id: request.params.orderId }, include: { patient: true } });
  });
}
