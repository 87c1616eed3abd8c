import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import { db, spaces } from '../db/index.js';

const Body = Type.Object({ isPublic: Type.Boolean() });

// loaded with a dynamic import in server.ts
const announcementRoutes: FastifyPluginAsync = async (fastify) => {
  // expect: missing-auth
  fastify.put<{ Params: { id: string }; Body: Static<typeof Body> }>('/spaces/:id/visibility', {
    schema: { body: Body },
    handler: async (request, reply) => {
      await db.update(spaces).set({ isPublic: request.body.isPublic }).where(eq(spaces.id, request.params.id));
      return reply.code(204).send();
    },
  });

  // ok: missing-auth, missing-input-validation, missing-role-check
  fastify.post<{ Body: { title: string; body: string } }>('/', {
    onRequest: [fastify.authenticate, fastify.requireRole('owner', 'manager')],
    schema: {
      body: {
        type: 'object',
        required: ['title', 'body'],
        additionalProperties: false,
        properties: { title: { type: 'string', maxLength: 120 }, body: { type: 'string', maxLength: 5000 } },
      },
    },
    handler: async (request, reply) => {
      request.log.info({ title: request.body.title, org: request.user.org }, 'announcement posted');
      return reply.code(202).send({ queued: true });
    },
  });

  // ok: missing-auth
  fastify.get<{ Params: { id: string } }>('/spaces/:id', {
    onRequest: fastify.authenticate,
    handler: async (request, reply) => {
      // ok: unscoped-tenant-query
      const [space] = await db.select().from(spaces).where(and(eq(spaces.id, request.params.id), eq(spaces.organizationId, request.user.org)));
      return space ?? reply.code(404).send({ error: 'not found' });
    },
  });
};

export default announcementRoutes;

