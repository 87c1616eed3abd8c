import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { BookingBody, ClassBody, IdParams } from '../schemas.js';

const classRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return fastify.prisma.gymClass.findMany({ where: { accountId: request.user.accountId, startsAt: { gte: new Date() } } });
  });

  // ok: missing-auth, missing-input-validation, missing-role-check
  fastify.post('/', { schema: { body: ClassBody }, preHandler: fastify.requireRole('owner', 'manager') }, async (request, reply) => {
    const created = await fastify.prisma.gymClass.create({
      data: { ...request.body, startsAt: new Date(request.body.startsAt), accountId: request.user.accountId },
    });
    return reply.code(201).send(created);
  });

  // ok: missing-auth
  // expect: missing-input-validation
  fastify.patch('/:id', { schema: { params: IdParams } }, async (request, reply) => {
    const body = request.body as { title?: string; capacity?: number; published?: boolean };
    // ok: unscoped-tenant-query
    const { count } = await fastify.prisma.gymClass.updateMany({ where: { id: request.params.id, accountId: request.user.accountId }, data: body });
    if (count === 0) return reply.code(404).send({ error: 'Not found' });
    return { ok: true };
  });

  // ok: missing-auth
  fastify.delete('/:id', { schema: { params: IdParams }, preHandler: fastify.requireRole('owner', 'manager') }, async (request, reply) => {
    // expect: unscoped-tenant-query
    await fastify.prisma.gymClass.delete({ where: { id: request.params.id } });
    return reply.code(204).send();
  });

  // ok: missing-auth, missing-input-validation
  fastify.post('/:id/bookings', { schema: { params: IdParams, body: BookingBody } }, async (request, reply) => {
    const { accountId } = request.user;
    // ok: unscoped-tenant-query
    const gymClass = await fastify.prisma.gymClass.findFirst({ where: { id: request.params.id, accountId } });
    // ok: unscoped-tenant-query
    const member = await fastify.prisma.member.findFirst({ where: { id: request.body.memberId, accountId } });
    if (!gymClass || !member) return reply.code(404).send({ error: 'Not found' });
    const booking = await fastify.prisma.booking.create({ data: { accountId, classId: gymClass.id, memberId: member.id } });
    return reply.code(201).send(booking);
  });
};

export default classRoutes;
