import type { FastifyPluginAsync } from 'fastify';
import { prisma } from '../lib/prisma.js';

const vehiclePatchSchema = {
  params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      dailyRate: { type: 'integer', minimum: 0 },
      listed: { type: 'boolean' },
    },
  },
};

// every route in this plugin accepts either a staff JWT or a company API key
const vehicleRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('preHandler', fastify.auth([fastify.verifyJWT, fastify.verifyApiKey]));

  // ok: missing-auth
  fastify.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return prisma.vehicle.findMany({ where: { companyId: request.user.companyId }, orderBy: { plate: 'asc' } });
  });

  // ok: missing-auth
  fastify.get('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    const vehicle = await prisma.vehicle.findFirst({ where: { id, companyId: request.user.companyId } });
    if (!vehicle) return reply.code(404).send({ error: 'not found' });
    return vehicle;
  });

  // ok: missing-input-validation
  fastify.patch('/:id', { schema: vehiclePatchSchema }, async (request) => {
    const { id } = request.params as { id: string };
    const body = request.body as { dailyRate?: number; listed?: boolean };
    // expect: unscoped-tenant-query
    return prisma.vehicle.update({ where: { id }, data: body });
  });

  fastify.delete('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    const vehicle = await prisma.vehicle.findFirst({ where: { id, companyId: request.user.companyId } });
    if (!vehicle) return reply.code(404).send({ error: 'not found' });
    // ok: unscoped-tenant-query
    await prisma.vehicle.delete({ where: { id: vehicle.id } });
    return reply.code(204).send();
  });

  // telematics boxes post positions with the company key
  // expect: missing-input-validation
  fastify.post('/:id/position', async (request) => {
    const { id } = request.params as { id: string };
    const { lat, lng } = request.body as { lat: number; lng: number };
    // expect: unscoped-tenant-query
    await prisma.vehicle.updateMany({ where: { id }, data: { lat, lng } });
    return { ok: true };
  });
};

export default vehicleRoutes;
