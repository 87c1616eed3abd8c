import type { FastifyPluginAsync } from 'fastify';
import { eq } from 'drizzle-orm';
import { db, users } from '../db/index.js';

const directoryRoutes: FastifyPluginAsync = async (fastify) => {
  // expect: missing-auth
  fastify.route({
    method: 'GET',
    url: '/people',
    handler: async () => db.select({ id: users.id, email: users.email, displayName: users.displayName }).from(users),
  });

  // ok: missing-auth
  fastify.route({
    method: 'GET',
    url: '/people/me',
    onRequest: [fastify.authenticate],
    handler: async (request) => {
      // ok: unscoped-tenant-query
      const [me] = await db.select().from(users).where(eq(users.id, request.user.sub));
      return { id: me.id, email: me.email, role: me.role };
    },
  });

  fastify.route({
    method: 'GET',
    url: '/people/:userId',
    preValidation: fastify.authenticate,
    handler: async (request) => {
      const { userId } = request.params as { userId: string };
      // expect: unscoped-tenant-query
      const [person] = await db.select({ id: users.id, email: users.email, displayName: users.displayName }).from(users).where(eq(users.id, userId));
      return person ?? null;
    },
  });
};

export default directoryRoutes;
