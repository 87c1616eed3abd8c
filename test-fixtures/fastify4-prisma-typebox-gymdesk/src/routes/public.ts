import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

const publicRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  // ok: missing-auth
  fastify.get('/gyms/:slug/schedule', { schema: { params: Type.Object({ slug: Type.String() }) } }, async (request, reply) => {
    const account = await fastify.prisma.account.findUnique({ where: { slug: request.params.slug }, select: { id: true, name: true } });
    if (!account) return reply.code(404).send({ error: 'Not found' });
    const classes = await fastify.prisma.gymClass.findMany({
      where: { accountId: account.id, published: true, startsAt: { gte: new Date() } },
      select: { id: true, title: true, startsAt: true, capacity: true },
    });
    return { gym: account.name, classes };
  });

  // member self-service: booking history shown on the gym's public site
  // expect: missing-auth
  fastify.get('/members/:memberId/bookings', { schema: { params: Type.Object({ memberId: Type.String({ format: 'uuid' }) }) } }, async (request) => {
    return fastify.prisma.booking.findMany({ where: { memberId: request.params.memberId }, include: { class: true } });
  });

  // ok: missing-auth
  fastify.get('/health', async () => ({ status: 'ok' }));
};

export default publicRoutes;
