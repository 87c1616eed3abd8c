import type { FastifyPluginAsync } from 'fastify';
import { prisma } from '../lib/prisma.js';

const statsRoutes: FastifyPluginAsync = async (fastify) => {
  // registered after staffOnly in the same scope: the hook runs for it
  // ok: missing-auth
  fastify.get('/fleet', async (request) => {
    // ok: unscoped-tenant-query
    return prisma.vehicle.count({ where: { companyId: request.user.companyId } });
  });

  // ok: missing-rate-limit
  // ok: missing-input-validation
  fastify.post('/recalculate', { config: { rateLimit: { max: 2, timeWindow: '1 hour' } } }, async (request) => {
    // ok: unscoped-tenant-query
    const rentals = await prisma.rental.findMany({ where: { companyId: request.user.companyId, status: 'returned' } });
    return { recalculated: rentals.length };
  });
};

export default statsRoutes;
