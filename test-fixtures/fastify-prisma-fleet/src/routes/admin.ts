import type { FastifyInstance, FastifyRequest } from 'fastify';

type UserParams = { Params: { id: string } };

export default async function adminRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  // ok: missing-role-check
  fastify.get('/users', { preHandler: fastify.requireRole('owner', 'fleet_admin') }, async (request) => {
    // ok: unscoped-tenant-query
    return fastify.prisma.user.findMany({ where: { companyId: request.user.companyId }, select: { id: true, email: true, role: true } });
  });

  // promotes anyone in the company; the role hook was forgotten
  // expect: missing-role-check
  fastify.patch<UserParams & { Body: { role: string } }>('/users/:id/role', { schema: { body: { type: 'object', required: ['role'], properties: { role: { type: 'string' } } } } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await fastify.prisma.user.updateMany({ where: { id: request.params.id, companyId: request.user.companyId }, data: { role: request.body.role } });
    return reply.code(204).send();
  });

  // ok: missing-role-check
  fastify.delete('/users/:id', async (request: FastifyRequest<UserParams>, reply) => {
    if (request.user.role !== 'owner') return reply.code(403).send({ error: 'owners only' });
    // ok: unscoped-tenant-query
    await fastify.prisma.user.deleteMany({ where: { id: request.params.id, companyId: request.user.companyId } });
    return reply.code(204).send();
  });

  // expect: missing-role-check
  fastify.get('/fuel-transactions', async (request) => {
    // ok: unscoped-tenant-query
    return fastify.prisma.fuelTransaction.findMany({ where: { companyId: request.user.companyId }, orderBy: { at: 'desc' } });
  });
}
