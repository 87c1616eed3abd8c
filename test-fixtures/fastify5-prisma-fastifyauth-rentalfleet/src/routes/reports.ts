import type { FastifyPluginAsync } from 'fastify';
import { prisma } from '../lib/prisma.js';

// utilisation reports, registered in the staff scope of server.ts
const reportRoutes: FastifyPluginAsync = async (fastify) => {
  // registered before staffOnly in that scope: its hook does not reach this plugin
  // expect: missing-auth
  fastify.get('/utilisation', async (request) => {
    const { companyId } = request.query as { companyId: string };
    return prisma.rental.groupBy({ by: ['vehicleId'], where: { companyId }, _sum: { totalCents: true } });
  });
};

export default reportRoutes;
