import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import bcrypt from 'bcryptjs';
import { randomBytes } from 'node:crypto';

const RoleBody = Type.Object({
  role: Type.Union([Type.Literal('OWNER'), Type.Literal('MANAGER'), Type.Literal('AGENT')]),
});

// organization members, mounted at /api/team inside the authenticated scope
const teamRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // ok: missing-auth, missing-role-check
  app.get('/members', async (request) => {
    // ok: unscoped-tenant-query
    return app.prisma.user.findMany({
      where: { organizationId: request.user.organizationId },
      select: { id: true, name: true, email: true, role: true },
    });
  });

  // ok: missing-auth, missing-role-check, missing-rate-limit
  app.post(
    '/invites',
    {
      preHandler: app.requireRole('OWNER'),
      config: { rateLimit: { max: 10, timeWindow: '1 hour' } },
      schema: { body: Type.Object({ email: Type.String({ format: 'email' }), name: Type.String(), role: RoleBody.properties.role }) },
    },
    async (request, reply) => {
      const temporary = randomBytes(12).toString('base64url');
      const user = await app.prisma.user.create({
        data: {
          ...request.body,
          organizationId: request.user.organizationId,
          passwordHash: await bcrypt.hash(temporary, 12),
        },
      });
      return reply.code(201).send({ id: user.id });
    },
  );

  // expect: missing-role-check
  app.patch('/members/:id/role', { schema: { params: Type.Object({ id: Type.String() }), body: RoleBody } }, async (request) => {
    // expect: unscoped-tenant-query
    return app.prisma.user.update({
      where: { id: request.params.id },
      data: { role: request.body.role },
      select: { id: true, role: true },
    });
  });

  // ok: missing-auth, missing-role-check
  app.delete('/members/:id', { preHandler: app.requireRole('OWNER') }, async (request: any, reply) => {
    // ok: unscoped-tenant-query
    const { count } = await app.prisma.user.deleteMany({
      where: { id: request.params.id, organizationId: request.user.organizationId },
    });
    return count ? reply.code(204).send() : reply.code(404).send({ error: 'Not found' });
  });
};

export default teamRoutes;
