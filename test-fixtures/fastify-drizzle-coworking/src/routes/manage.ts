import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import { db, users } from '../db/index.js';

const RoleBody = Type.Object({ role: Type.Union([Type.Literal('manager'), Type.Literal('member')]) });

const manageRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth, missing-role-check
  fastify.get('/members', { preHandler: fastify.requireRole('owner', 'manager') }, async (request) => {
    // ok: unscoped-tenant-query
    return db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role })
      .from(users)
      .where(eq(users.organizationId, request.user.org));
  });

  // expect: missing-role-check
  fastify.put<{ Params: { id: string }; Body: Static<typeof RoleBody> }>('/members/:id/role', {
    schema: { body: RoleBody },
  }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const [member] = await db
      .update(users)
      .set({ role: request.body.role })
      .where(and(eq(users.id, request.params.id), eq(users.organizationId, request.user.org)))
      .returning({ id: users.id, role: users.role });
    if (!member) return reply.code(404).send({ error: 'not found' });
    return member;
  });

  // ok: missing-auth, missing-role-check
  fastify.delete<{ Params: { id: string } }>('/members/:id', {
    preHandler: fastify.requireRole('owner'),
  }, async (request, reply) => {
    if (request.params.id === request.user.sub) return reply.code(400).send({ error: 'cannot remove yourself' });
    // ok: unscoped-tenant-query
    await db.delete(users).where(and(eq(users.id, request.params.id), eq(users.organizationId, request.user.org)));
    return reply.code(204).send();
  });
};

export default manageRoutes;
