import type { FastifyPluginAsync } from 'fastify';
import type { Prisma } from '@prisma/client';
import { prisma } from '../lib/prisma.js';

const rentalRoutes: FastifyPluginAsync = async (fastify) => {
  // staff only: API keys cannot touch rentals
  fastify.addHook('onRequest', fastify.auth([fastify.verifyJWT]));

  // ok: missing-auth
  fastify.get('/', async (request) => {
    const { status, vehicleId } = request.query as { status?: string; vehicleId?: string };
    const where: Prisma.RentalWhereInput = { companyId: request.user.companyId };
    if (status) where.status = status;
    if (vehicleId) where.vehicleId = vehicleId;
    // ok: unscoped-tenant-query
    return prisma.rental.findMany({ where, include: { customer: true, vehicle: true } });
  });

  fastify.get('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    // expect: unscoped-tenant-query
    const rental = await prisma.rental.findUnique({ where: { id }, include: { customer: true } });
    if (!rental) return reply.code(404).send({ error: 'not found' });
    return rental;
  });

  // expect: missing-input-validation
  fastify.post('/', async (request, reply) => {
    const body = request.body as { vehicleId: string; customerId: string; startsAt: string; endsAt: string; totalCents: number };
    // ok: unscoped-tenant-query
    const vehicle = await prisma.vehicle.findFirst({ where: { id: body.vehicleId, companyId: request.user.companyId } });
    if (!vehicle) return reply.code(404).send({ error: 'vehicle not found' });
    const rental = await prisma.rental.create({
      data: { ...body, startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt), companyId: request.user.companyId },
    });
    return reply.code(201).send(rental);
  });

  fastify.post('/:id/cancel', async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    const { count } = await prisma.rental.updateMany({ where: { id, companyId: request.user.companyId }, data: { status: 'cancelled' } });
    if (!count) return reply.code(404).send({ error: 'not found' });
    return { ok: true };
  });

  // ok: missing-rate-limit
  fastify.get('/export.csv', async (request, reply) => {
    // ok: unscoped-tenant-query
    const rows = await prisma.rental.findMany({ where: { companyId: request.user.companyId } });
    reply.header('content-type', 'text/csv');
    return rows.map((r) => [r.id, r.status, r.totalCents].join(',')).join('\n');
  });
};

export default rentalRoutes;
