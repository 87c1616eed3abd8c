import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { db } from '../db/index.js';

const Entry = Type.Object({
  vehicle_id: Type.Integer(),
  description: Type.String({ maxLength: 500 }),
  cost_cents: Type.Integer({ minimum: 0 }),
});

const maintenanceRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  // mechanics and admins only, for every route of this plugin
  fastify.addHook('preHandler', async (request, reply) => {
    if (request.user.role !== 'admin' && request.user.role !== 'mechanic') return reply.code(403).send({ error: 'Workshop only' });
  });

  fastify.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // ok: unscoped-tenant-query
    const row = await db
      .selectFrom('maintenance')
      .innerJoin('vehicles', 'vehicles.id', 'maintenance.vehicle_id')
      .select(['maintenance.id', 'maintenance.description', 'maintenance.cost_cents', 'vehicles.plate'])
      .where('maintenance.id', '=', Number(request.params.id))
      .where('vehicles.company_id', '=', request.user.companyId)
      .executeTakeFirst();
    return row ?? reply.code(404).send({ error: 'Not found' });
  });

  // ok: missing-input-validation
  fastify.post<{ Body: Static<typeof Entry> }>('/', { schema: { body: Entry } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const vehicle = await db.selectFrom('vehicles').select('id').where('id', '=', request.body.vehicle_id).where('company_id', '=', request.user.companyId).executeTakeFirst();
    if (!vehicle) return reply.code(422).send({ error: 'Unknown vehicle' });
    // ok: unscoped-tenant-query
    await db.insertInto('maintenance').values({ ...request.body, company_id: request.user.companyId, done_at: new Date() }).execute();
    return reply.code(201).send({ ok: true });
  });

  // ok: missing-rate-limit
  fastify.get('/export', { preHandler: fastify.rateLimit({ max: 3, timeWindow: '1 hour' }) }, async (request) => {
    // ok: unscoped-tenant-query
    return db.selectFrom('maintenance').selectAll().where('company_id', '=', request.user.companyId).execute();
  });

  fastify.patch<{ Params: { id: string }; Body: { cost_cents: number } }>(
    '/:id/cost',
    { schema: { body: Type.Object({ cost_cents: Type.Integer({ minimum: 0 }) }) } },
    async (request) => {
      // expect: unscoped-tenant-query
      await db.updateTable('maintenance').set({ cost_cents: request.body.cost_cents }).where('id', '=', Number(request.params.id)).execute();
      return { ok: true };
    },
  );
};

export default maintenanceRoutes;
