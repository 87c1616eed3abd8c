import type { FastifyPluginAsync } from 'fastify';
import { prisma } from '../lib/prisma';
import { resolveRootPartner } from '../lib/partnerKeys';

/** Key management for partners: root keys only. */
const manageRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', async (request, reply) => {
    try {
      request.client = await resolveRootPartner(request.headers);
    } catch {
      return reply.status(403).send({ error: 'Forbidden' });
    }
  });

  // ok: missing-auth, missing-role-check
  fastify.get('/partners', async (request) => {
    return prisma.partner.findMany({ where: { accountId: request.client!.accountId }, select: { id: true, name: true, type: true } });
  });

  // ok: missing-auth, missing-role-check
  fastify.delete<{ Params: { id: string } }>('/partners/:id', async (request, reply) => {
    // ok: unscoped-tenant-query
    await prisma.partner.deleteMany({ where: { id: request.params.id, accountId: request.client!.accountId } });
    return reply.status(204).send();
  });
};

export default manageRoutes;
