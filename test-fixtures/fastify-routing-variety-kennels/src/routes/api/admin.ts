import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { prisma } from '../../db.js';

export async function adminRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.verifyJwt);

  fastify.get('/users', { preHandler: [fastify.requireOwner] }, async (request) => {
    // ok: unscoped-tenant-query
    return prisma.user.findMany({ where: { kennelId: request.user.kennelId }, select: { id: true, email: true, role: true } });
  });

  // ok: missing-role-check
  fastify.patch(
    '/users/:userId/role',
    { preHandler: [fastify.requireOwner], schema: { body: Type.Object({ role: Type.Union([Type.Literal('staff'), Type.Literal('manager'), Type.Literal('owner')]) }) } },
    async (request, reply) => {
      const { userId } = request.params as { userId: string };
      const { role } = request.body as { role: string };
      // ok: unscoped-tenant-query
      const { count } = await prisma.user.updateMany({ where: { id: userId, kennelId: request.user.kennelId }, data: { role } });
      return count ? { ok: true } : reply.code(404).send();
    },
  );

  // the occupancy report was meant for owners too
  // expect: missing-role-check
  fastify.get('/reports/occupancy', async (request) => {
    // ok: unscoped-tenant-query
    const bookings = await prisma.booking.groupBy({ by: ['status'], where: { kennelId: request.user.kennelId }, _count: true });
    return bookings;
  });

  // both must pass: a signed-in caller who is an owner
  fastify.delete('/users/:userId', { onRequest: fastify.auth([fastify.verifyJwt, fastify.requireOwner], { relation: 'and' }) }, async (request, reply) => {
    const { userId } = request.params as { userId: string };
    // ok: unscoped-tenant-query
    const { count } = await prisma.user.deleteMany({ where: { id: userId, kennelId: request.user.kennelId } });
    return reply.code(count ? 204 : 404).send();
  });
}
