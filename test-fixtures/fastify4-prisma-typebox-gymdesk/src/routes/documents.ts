import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../schemas.js';

const ALLOWED_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

const documentRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // waivers and medical forms attached to a member
  // ok: missing-auth, missing-rate-limit
  fastify.post('/members/:id/documents', { schema: { params: IdParams }, config: { rateLimit: { max: 20, timeWindow: '10 minutes' } } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const member = await fastify.prisma.member.findFirst({ where: { id: request.params.id, accountId: request.user.accountId } });
    if (!member) return reply.code(404).send({ error: 'Not found' });
    // ok: unrestricted-upload
    const part = await request.file();
    if (!part) return reply.code(400).send({ error: 'file is required' });
    if (!ALLOWED_TYPES.has(part.mimetype)) return reply.code(415).send({ error: 'Unsupported file type' });
    const buffer = await part.toBuffer();
    const doc = await fastify.prisma.document.create({
      data: { accountId: member.accountId, memberId: member.id, filename: part.filename.slice(0, 200), contentType: part.mimetype, size: buffer.length },
    });
    return reply.code(201).send(doc);
  });

  // ok: missing-auth
  fastify.get('/documents/:id', { schema: { params: IdParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const doc = await fastify.prisma.document.findFirst({ where: { id: request.params.id, accountId: request.user.accountId } });
    if (!doc) return reply.code(404).send({ error: 'Not found' });
    return doc;
  });

  // ok: missing-auth
  fastify.delete('/documents/:id', { schema: { params: IdParams } }, async (request, reply) => {
    // expect: unscoped-tenant-query
    await fastify.prisma.document.deleteMany({ where: { id: request.params.id } });
    return reply.code(204).send();
  });
};

export default documentRoutes;
