import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '../db/index.js';
import { items, stockMovements } from '../db/schema.js';

const ItemParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
type ItemParams = Static<typeof ItemParams>;

const AdjustBody = Type.Object({ delta: Type.Integer(), reason: Type.Optional(Type.String({ maxLength: 200 })) });
type AdjustBody = Static<typeof AdjustBody>;

export default async function itemRoutes(fastify: FastifyInstance) {
  fastify.get('/', { onRequest: [fastify.authenticate] }, async (request) => {
    // ok: unscoped-tenant-query
    return db.select().from(items).where(and(eq(items.orgId, request.user.orgId), eq(items.archived, false)));
  });

  fastify.get<{ Params: ItemParams }>('/:id', { onRequest: [fastify.authenticate], schema: { params: ItemParams } }, async (request, reply) => {
    // expect: unscoped-tenant-query
    const [item] = await db.select().from(items).where(eq(items.id, request.params.id));
    if (!item) return reply.code(404).send({ message: 'Not found' });
    return item;
  });

  fastify.post<{ Params: ItemParams; Body: AdjustBody }>(
    '/:id/adjust',
    { onRequest: [fastify.authenticate], preHandler: [fastify.requireRole('clerk', 'manager', 'owner')], schema: { params: ItemParams, body: AdjustBody } },
    async (request, reply) => {
      // ok: unscoped-tenant-query
      const [item] = await db
        .update(items)
        .set({ quantity: sql`${items.quantity} + ${request.body.delta}` })
        .where(and(eq(items.id, request.params.id), eq(items.orgId, request.user.orgId)))
        .returning();
      if (!item) return reply.code(404).send({ message: 'Not found' });
      await db.insert(stockMovements).values({
        orgId: request.user.orgId,
        itemId: item.id,
        delta: request.body.delta,
        reason: request.body.reason,
        createdBy: request.user.sub,
      });
      return item;
    }
  );

  // expect: missing-input-validation
  fastify.patch<{ Params: ItemParams; Body: { name?: string; sku?: string } }>('/:id', { onRequest: [fastify.authenticate] }, async (request) => {
    // expect: unscoped-tenant-query
    const [item] = await db.update(items).set(request.body).where(eq(items.id, request.params.id)).returning();
    return item;
  });

  // expect: missing-auth
  fastify.get<{ Params: ItemParams }>('/:id/movements', async (request) => {
    return db.select().from(stockMovements).where(eq(stockMovements.itemId, request.params.id));
  });
}
