import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import { db, spaces } from '../db/index.js';

const SpaceBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 80 }),
  kind: Type.Union([Type.Literal('desk'), Type.Literal('room'), Type.Literal('office')]),
  capacity: Type.Integer({ minimum: 1, maximum: 200 }),
  hourlyRateCents: Type.Integer({ minimum: 0 }),
  isPublic: Type.Optional(Type.Boolean()),
});

const spaceRoutes: FastifyPluginAsync = async (fastify) => {
  // public catalogue used by the marketing site
  // ok: missing-auth, unscoped-tenant-query
  fastify.get('/public', async () => {
    return db
      .select({ id: spaces.id, name: spaces.name, kind: spaces.kind, capacity: spaces.capacity })
      .from(spaces)
      .where(eq(spaces.isPublic, true));
  });

  fastify.register(async (secured) => {
    secured.addHook('onRequest', secured.authenticate);

    // ok: missing-auth, unscoped-tenant-query
    secured.get('/', async (request) => {
      return db.select().from(spaces).where(eq(spaces.organizationId, request.user.org));
    });

    // ok: missing-auth, missing-input-validation, missing-role-check
    secured.post<{ Body: Static<typeof SpaceBody> }>('/', {
      schema: { body: SpaceBody },
      preHandler: secured.requireRole('owner', 'manager'),
    }, async (request, reply) => {
      const [space] = await db.insert(spaces).values({ ...request.body, organizationId: request.user.org }).returning();
      return reply.code(201).send(space);
    });

    // ok: missing-auth, missing-input-validation
    secured.put<{ Params: { id: string }; Body: Static<typeof SpaceBody> }>('/:id', {
      schema: { body: SpaceBody, params: Type.Object({ id: Type.String({ format: 'uuid' }) }) },
      preHandler: secured.requireRole('owner', 'manager'),
    }, async (request, reply) => {
      // ok: unscoped-tenant-query
      const [space] = await db
        .update(spaces)
        .set(request.body)
        .where(and(eq(spaces.id, request.params.id), eq(spaces.organizationId, request.user.org)))
        .returning();
      if (!space) return reply.code(404).send({ error: 'not found' });
      return space;
    });
  });
};

export default spaceRoutes;
