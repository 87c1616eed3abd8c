import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { users, organizations } from '../db/schema.js';

const RoleBody = Type.Object({ role: Type.Union([Type.Literal('viewer'), Type.Literal('clerk'), Type.Literal('manager')]) });
type RoleBody = Static<typeof RoleBody>;

export default async function adminRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/users', { preHandler: fastify.requireRole('owner') }, async (request) => {
    // ok: unscoped-tenant-query
    return db.select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.orgId, request.user.orgId));
  });

  // expect: missing-role-check
  fastify.patch<{ Params: { id: string }; Body: RoleBody }>('/users/:id/role', { schema: { body: RoleBody } }, async (request) => {
    // ok: unscoped-tenant-query
    const [u] = await db
      .update(users)
      .set({ role: request.body.role })
      .where(and(eq(users.id, request.params.id), eq(users.orgId, request.user.orgId)))
      .returning({ id: users.id, role: users.role });
    return u;
  });

  fastify.delete<{ Params: { id: string } }>('/users/:id', { preHandler: fastify.requireRole('owner') }, async (request, reply) => {
    // expect: unscoped-tenant-query
    await db.delete(users).where(eq(users.id, request.params.id));
    return reply.code(204).send();
  });

  // expect: missing-role-check
  fastify.get('/organizations', async () => {
    // expect: unscoped-tenant-query
    return db.select().from(organizations);
  });
}
