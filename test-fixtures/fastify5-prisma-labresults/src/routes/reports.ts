import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma.js';

// Registered as a sibling of resultRoutes: the preHandler hook added there does not reach this plugin.
export default async function reportRoutes(app: FastifyInstance) {
  // expect: missing-auth
  app.get<{ Params: { orderId: string } }>('/orders/:orderId', async (request, reply) => {
    const order = await prisma.labOrder.findUnique({
      where: { id: request.params.orderId },
      include: { results: true, patient: true },
    });
    return order ?? reply.code(404).send({ error: 'not found' });
  });

  // voiding an order is authenticated on the route itself
  // ok: missing-auth
  app.route<{ Params: { orderId: string } }>({
    method: 'DELETE',
    url: '/orders/:orderId',
    onRequest: [app.authenticate],
    handler: async (request, reply) => {
      // expect: unscoped-tenant-query
      await prisma.labOrder.delete({ where: { id: request.params.orderId } });
      return reply.code(204).send();
    },
  });

  // expect: missing-auth, missing-rate-limit
  app.get<{ Querystring: { clinicId: string; from: string } }>('/export', async (request, reply) => {
    const rows = await prisma.labResult.findMany({
      where: { clinicId: request.query.clinicId, releasedAt: { gte: new Date(request.query.from) } },
    });
    reply.header('content-type', 'text/csv');
    return rows.map((r) => [r.orderId, r.analyte, r.value, r.unit, r.flag ?? ''].join(',')).join('\n');
  });
}
