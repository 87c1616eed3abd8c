import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { db, users } from '../db/index.js';

const MemberParams = z.object({ userId: z.string().uuid() });

const adminRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('preHandler', fastify.authenticate);

  // expect: missing-role-check
  fastify.get('/members', async (request) => {
    // ok: unscoped-tenant-query
    return db
      .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role })
      .from(users)
      .where(eq(users.workspaceId, request.user.ws));
  });

  // ok: missing-role-check, missing-input-validation
  fastify.put(
    '/members/:userId/role',
    { schema: { params: MemberParams, body: z.object({ role: z.enum(['owner', 'facilitator', 'member']) }) }, preHandler: fastify.requireOwner },
    async (request) => {
      // ok: unscoped-tenant-query
      const [member] = await db.update(users).set({ role: request.body.role })
        .where(and(eq(users.id, request.params.userId), eq(users.workspaceId, request.user.ws)))
        .returning({ id: users.id, role: users.role });
      return member;
    },
  );

  // expect: missing-role-check
  fastify.delete('/members/:userId', { schema: { params: MemberParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await db.delete(users).where(and(eq(users.id, request.params.userId), eq(users.workspaceId, request.user.ws)));
    return reply.code(204).send();
  });
};

export default adminRoutes;
