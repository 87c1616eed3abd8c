import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { prisma } from '../db.js';

// mounted twice (see app.ts): the old partner widget still reads /v1/catalog
export const catalogRoutes: FastifyPluginAsync = async (fastify: FastifyInstance) => {
  fastify.get('/services', async () => [
    { id: 'boarding', label: 'Overnight boarding' },
    { id: 'daycare', label: 'Day care' },
    { id: 'grooming', label: 'Grooming' },
  ]);

  // the options object carries the handler itself
  fastify.get('/my-kennel', {
    preValidation: [fastify.verifyJwt],
    handler: async (request) => {
      // ok: unscoped-tenant-query
      return prisma.kennel.findUnique({ where: { id: request.user.kennelId } });
    },
  });
};
