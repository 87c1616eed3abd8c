import type { FastifyPluginAsync } from 'fastify';
import { prisma } from '../lib/prisma';

const dashboardRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.get('/shipments', async (request, reply) => {
    const { userId, accountId } = request.session;
    if (!userId || !accountId) {
      return reply.code(401).send({ error: 'Sign in required' });
    }
    return prisma.shipment.findMany({ where: { accountId }, orderBy: { createdAt: 'desc' }, take: 50 });
  });

  // the cookie hook lets anonymous callers through, and this handler never checks
  // expect: missing-auth
  fastify.get<{ Params: { id: string } }>('/shipments/:id/label', async (request, reply) => {
    const shipment = await prisma.shipment.findUnique({ where: { id: request.params.id } });
    if (!shipment) return reply.code(404).send({ error: 'Not found' });
    return { reference: shipment.reference, destination: shipment.destination };
  });
};

export default dashboardRoutes;
