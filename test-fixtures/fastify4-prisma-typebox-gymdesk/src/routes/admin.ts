import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams } from '../schemas.js';

export const adminStaffRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  fastify.addHook('preHandler', fastify.requireRole('owner'));

  // ok: missing-auth, missing-role-check
  fastify.get('/staff', async (request) => {
    // ok: unscoped-tenant-query
    return fastify.prisma.user.findMany({ where: { accountId: request.user.accountId }, select: { id: true, email: true, role: true } });
  });

  // ok: missing-auth, missing-role-check, missing-input-validation
  fastify.put('/staff/:id/role', { schema: { params: IdParams, body: Type.Object({ role: Type.Union([Type.Literal('manager'), Type.Literal('coach')]) }) } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const { count } = await fastify.prisma.user.updateMany({ where: { id: request.params.id, accountId: request.user.accountId }, data: { role: request.body.role } });
    if (count === 0) return reply.code(404).send({ error: 'Not found' });
    return { ok: true };
  });

  // ok: missing-auth, missing-role-check
  fastify.delete('/staff/:id', { schema: { params: IdParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await fastify.prisma.user.deleteMany({ where: { id: request.params.id, accountId: request.user.accountId } });
    return reply.code(204).send();
  });
};

export const adminReportRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  // expect: missing-role-check, missing-rate-limit
  fastify.get('/export/members.csv', async (request, reply) => {
    // ok: unscoped-tenant-query
    const members = await fastify.prisma.member.findMany({ where: { accountId: request.user.accountId } });
    reply.header('content-type', 'text/csv');
    return ['name,email,phone,status', ...members.map((m) => `${m.fullName},${m.email},${m.phone ?? ''},${m.status}`)].join('\n');
  });
};
