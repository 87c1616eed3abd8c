import type { FastifyPluginAsync } from 'fastify';
import { prisma } from '../lib/prisma.js';

// the lobby kiosk shows today's pick-ups; @fastify/auth passes a request when ANY verifier passes,
// and allowKiosk passes everyone
const kioskRoutes: FastifyPluginAsync = async (fastify) => {
  // expect: missing-auth
  fastify.get('/pickups', { preHandler: fastify.auth([fastify.verifyJWT, fastify.allowKiosk]) }, async (request) => {
    const { companyId } = request.query as { companyId: string };
    return prisma.rental.findMany({ where: { companyId, status: 'booked' }, include: { customer: true } });
  });
};

export default kioskRoutes;
