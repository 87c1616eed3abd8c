import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

// front-desk tablets: paired once by an owner, then check members in by scanning their card
const kioskRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  // ok: missing-auth
  fastify.post('/pair', { onRequest: [fastify.authenticate, fastify.requireRole('owner', 'manager')] }, async (request, reply) => {
    const token = fastify.jwt.sign({ sub: 'kiosk', accountId: request.user.accountId, role: 'coach' }, { expiresIn: '30d' });
    // expect: insecure-cookie
    reply.setCookie('kiosk_token', token, { path: '/kiosk' });
    return { paired: true };
  });

  // ok: missing-input-validation
  // expect: missing-auth
  fastify.post('/check-in', { schema: { body: Type.Object({ memberId: Type.String({ format: 'uuid' }) }) } }, async (request, reply) => {
    // expect: insecure-jwt
    const claims = await request.jwtDecode<{ accountId: string }>();
    if (!claims?.accountId) return reply.code(401).send({ error: 'Kiosk not paired' });
    // ok: unscoped-tenant-query
    const member = await fastify.prisma.member.findFirst({ where: { id: request.body.memberId, accountId: claims.accountId } });
    if (!member) return reply.code(404).send({ error: 'Unknown member' });
    await fastify.prisma.checkIn.create({ data: { accountId: member.accountId, memberId: member.id } });
    return { ok: true, name: member.fullName };
  });
};

export default kioskRoutes;
