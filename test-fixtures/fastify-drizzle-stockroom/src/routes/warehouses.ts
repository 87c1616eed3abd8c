import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { warehouses, items } from '../db/schema.js';

const WarehouseBody = Type.Object({ name: Type.String({ minLength: 1 }), address: Type.Optional(Type.String()) });
type WarehouseBody = Static<typeof WarehouseBody>;

export default async function warehouseRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return db.select().from(warehouses).where(eq(warehouses.orgId, request.user.orgId));
  });

  fastify.post<{ Body: WarehouseBody }>(
    '/',
    { schema: { body: WarehouseBody }, preHandler: fastify.requireRole('manager', 'owner') },
    async (request, reply) => {
      const [wh] = await db.insert(warehouses).values({ ...request.body, orgId: request.user.orgId }).returning();
      return reply.code(201).send(wh);
    }
  );

  fastify.get<{ Params: { id: string } }>('/:id/items', async (request) => {
    // expect: unscoped-tenant-query
    return db.select().from(items).where(eq(items.warehouseId, request.params.id));
  });

  fastify.delete<{ Params: { id: string } }>('/:id', { preHandler: fastify.requireRole('owner') }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await db.delete(warehouses).where(and(eq(warehouses.id, request.params.id), eq(warehouses.orgId, request.user.orgId)));
    return reply.code(204).send();
  });
}
