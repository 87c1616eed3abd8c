import type { FastifyPluginAsync } from 'fastify';
import { prisma } from '../lib/prisma.js';

// the booking widget embedded on each rental company's website
const publicRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.get('/companies/:slug/vehicles', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const company = await prisma.company.findUnique({ where: { slug } });
    if (!company) return reply.code(404).send({ error: 'not found' });
    // ok: unscoped-tenant-query
    return prisma.vehicle.findMany({ where: { companyId: company.id, listed: true }, select: { id: true, model: true, dailyRate: true } });
  });

  // known gap: missing-auth -- a company's rentals with their customers, picked by the company's public slug under /public, pass as public content (the public-path overrule only looks at record ids, and no fact says the read includes a person relation)
  fastify.get('/companies/:slug/rentals', async (request) => {
    const { slug } = request.params as { slug: string };
    return prisma.rental.findMany({ where: { company: { slug } }, include: { customer: true } });
  });

  // ok: missing-auth
  fastify.get('/health', async () => ({ status: 'ok' }));
};

export default publicRoutes;
