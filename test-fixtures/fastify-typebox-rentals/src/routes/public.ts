import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

const publicRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // ok: missing-auth
  app.get('/health', async () => ({ status: 'ok', uptime: process.uptime() }));

  // ok: missing-auth
  app.get('/listings', async () => {
    // ok: unscoped-tenant-query
    return app.prisma.property.findMany({
      where: { published: true },
      select: { id: true, name: true, address: true, units: { select: { label: true, bedrooms: true, rentCents: true } } },
    });
  });

  // ok: missing-auth
  app.get(
    '/listings/:id',
    { schema: { params: Type.Object({ id: Type.String() }) } },
    async (request, reply) => {
      const listing = await app.prisma.property.findFirst({
        where: { id: request.params.id, published: true },
        select: { id: true, name: true, address: true, units: true },
      });
      if (!listing) return reply.code(404).send({ error: 'Not found' });
      return listing;
    },
  );
};

export default publicRoutes;
