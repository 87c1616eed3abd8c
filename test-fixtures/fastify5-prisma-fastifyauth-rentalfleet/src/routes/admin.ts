import type { FastifyPluginAsync } from 'fastify';
import { prisma } from '../lib/prisma.js';

const roleSchema = {
  body: {
    type: 'object',
    required: ['role'],
    properties: { role: { type: 'string', enum: ['agent', 'manager', 'owner'] } },
  },
};

// company administration: a manager of the caller's own company
const adminRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('preHandler', fastify.auth([fastify.verifyJWT]));

  // ok: missing-role-check
  fastify.get('/users', { preHandler: fastify.requireManager }, async (request) => {
    // ok: unscoped-tenant-query
    return prisma.user.findMany({ where: { companyId: request.user.companyId }, select: { id: true, email: true, role: true } });
  });

  // ok: missing-role-check
  // ok: missing-input-validation
  fastify.put('/users/:userId/role', { schema: roleSchema, preHandler: fastify.requireManager }, async (request) => {
    const { userId } = request.params as { userId: string };
    const { role } = request.body as { role: string };
    // expect: unscoped-tenant-query
    return prisma.user.update({ where: { id: userId }, data: { role } });
  });

  // expect: missing-role-check
  fastify.delete('/users/:userId', async (request, reply) => {
    const { userId } = request.params as { userId: string };
    // ok: unscoped-tenant-query
    await prisma.user.deleteMany({ where: { id: userId, companyId: request.user.companyId } });
    return reply.code(204).send();
  });
};

export default adminRoutes;
