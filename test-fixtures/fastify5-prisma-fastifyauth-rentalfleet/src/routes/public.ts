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

  // a company's rentals with the customer of each: people's dealings, not the public fleet
  // expect: missing-auth
  fastify.get('/companies/:slug/rentals', async (request) => {
    const { slug } = request.params as { slug: string };
    return prisma.rental.findMany({ where: { company: { slug } }, include: { customer: true } });
  });

  // the widget's calendar: which vehicles are taken when, nothing about who took them
  // ok: missing-auth
  fastify.get('/companies/:slug/availability', async (request) => {
    const { slug } = request.params as { slug: string };
    return prisma.rental.findMany({
      where: { company: { slug }, status: { in: ['booked', 'active'] } },
      select: { vehicleId: true, startsAt: true, endsAt: true, vehicle: { select: { model: true } } },
    });
  });

  // ok: missing-auth
  fastify.get('/health', async () => ({ status: 'ok' }));
};

export default publicRoutes;
