import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, MemberBody } from '../schemas.js';

const PHOTO_MAX = 5 * 1024 * 1024;

const memberRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/', { schema: { querystring: Type.Object({ q: Type.Optional(Type.String()) }) } }, async (request) => {
    // ok: unscoped-tenant-query
    return fastify.prisma.member.findMany({
      where: { accountId: request.user.accountId, ...(request.query.q ? { fullName: { contains: request.query.q } } : {}) },
      orderBy: { fullName: 'asc' },
    });
  });

  // ok: missing-auth
  fastify.get('/:id', { schema: { params: IdParams } }, async (request, reply) => {
    // expect: unscoped-tenant-query
    const member = await fastify.prisma.member.findUnique({ where: { id: request.params.id }, include: { bookings: true } });
    if (!member) return reply.code(404).send({ error: 'Not found' });
    return member;
  });

  // ok: missing-auth, missing-input-validation
  fastify.post('/', { schema: { body: MemberBody } }, async (request, reply) => {
    const member = await fastify.prisma.member.create({ data: { ...request.body, accountId: request.user.accountId } });
    return reply.code(201).send(member);
  });

  // ok: missing-auth, missing-input-validation
  fastify.put('/:id', { schema: { params: IdParams, body: MemberBody } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const { count } = await fastify.prisma.member.updateMany({
      where: { id: request.params.id, accountId: request.user.accountId },
      data: request.body,
    });
    if (count === 0) return reply.code(404).send({ error: 'Not found' });
    return { ok: true };
  });

  // a member is the gym's customer, not a user of the app: removing one is no admin operation
  // ok: missing-auth, missing-role-check
  fastify.delete('/:id', { schema: { params: IdParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const { count } = await fastify.prisma.member.deleteMany({ where: { id: request.params.id, accountId: request.user.accountId } });
    return reply.code(count ? 204 : 404).send();
  });

  // ok: missing-auth
  fastify.get('/:id/check-ins', { schema: { params: IdParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const member = await fastify.prisma.member.findUnique({ where: { id: request.params.id } });
    if (!member || member.accountId !== request.user.accountId) return reply.code(404).send({ error: 'Not found' });
    // ok: unscoped-tenant-query
    return fastify.prisma.checkIn.findMany({ where: { memberId: member.id }, orderBy: { at: 'desc' }, take: 50 });
  });

  // ok: missing-auth
  // expect: missing-rate-limit
  fastify.post('/:id/photo', { schema: { params: IdParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const member = await fastify.prisma.member.findFirst({ where: { id: request.params.id, accountId: request.user.accountId } });
    if (!member) return reply.code(404).send({ error: 'Not found' });
    // expect: unrestricted-upload
    const file = await request.file({ limits: { fileSize: PHOTO_MAX } });
    if (!file) return reply.code(400).send({ error: 'photo is required' });
    const buffer = await file.toBuffer();
    const photoKey = `photos/${member.id}-${Date.now()}`;
    request.log.info({ memberId: member.id, bytes: buffer.length }, 'member photo stored');
    // ok: unscoped-tenant-query
    await fastify.prisma.member.update({ where: { id: member.id }, data: { photoKey } });
    return { photoKey };
  });
};

export default memberRoutes;
