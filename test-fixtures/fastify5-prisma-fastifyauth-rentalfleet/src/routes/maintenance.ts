import type { FastifyPluginAsync } from 'fastify';
import { prisma } from '../lib/prisma.js';

// registered next to the vehicles plugin; the vehicles plugin's hook does not reach it
const maintenanceRoutes: FastifyPluginAsync = async (fastify) => {
  // expect: missing-auth
  fastify.get('/vehicles/:vehicleId', async (request) => {
    const { vehicleId } = request.params as { vehicleId: string };
    return prisma.maintenanceLog.findMany({ where: { vehicleId }, orderBy: { createdAt: 'desc' } });
  });

  // expect: missing-auth
  // expect: missing-input-validation
  fastify.post('/vehicles/:vehicleId', async (request, reply) => {
    const { vehicleId } = request.params as { vehicleId: string };
    const body = request.body as { note: string; costCents: number; companyId: string };
    const log = await prisma.maintenanceLog.create({ data: { vehicleId, note: body.note, costCents: body.costCents, companyId: body.companyId } });
    return reply.code(201).send(log);
  });
};

export default maintenanceRoutes;
