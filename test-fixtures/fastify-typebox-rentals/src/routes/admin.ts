import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

// platform staff console, mounted at /api/admin inside the authenticated scope
const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', async (request, reply) => {
    if (!request.user.platformAdmin) {
      return reply.code(403).send({ error: 'Staff only' });
    }
  });

  // ok: missing-auth, missing-role-check
  app.get('/organizations', async () => {
    // ok: unscoped-tenant-query
    return app.prisma.organization.findMany({
      include: { _count: { select: { users: true, properties: true } } },
      orderBy: { createdAt: 'desc' },
    });
  });

  // ok: missing-auth, missing-role-check
  app.delete('/users/:id', { schema: { params: Type.Object({ id: Type.String() }) } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await app.prisma.user.delete({ where: { id: request.params.id } });
    return reply.code(204).send();
  });
};

export default adminRoutes;
