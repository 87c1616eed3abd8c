import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db/index.js';

const FuelEntry = z.object({
  card_number: z.string().regex(/^[0-9]{16}$/),
  litres: z.number().positive().max(2000),
  amount_cents: z.number().int().nonnegative(),
  station: z.string().max(120),
});
const BulkDelete = z.object({ ids: z.array(z.number().int()).min(1).max(500) });

// Fuel card transactions; each route names its own hooks.
const fuelRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, 'fuel route failed');
    // expect: error-details-leak
    return reply.status(500).send({ error: error.message, stack: error.stack });
  });

  // ok: missing-auth
  fastify.get('/transactions', { onRequest: [fastify.authenticate] }, async (request) => {
    // ok: unscoped-tenant-query
    return db
      .selectFrom('fuel_transactions')
      .selectAll()
      .where(({ eb, and }) => and([eb('company_id', '=', request.user.companyId), eb('litres', '>', 0)]))
      .orderBy('id', 'desc')
      .limit(200)
      .execute();
  });

  // expect: missing-auth
  fastify.get<{ Params: { id: string } }>('/transactions/:id', async (request, reply) => {
    const row = await db.selectFrom('fuel_transactions').selectAll().where('id', '=', Number(request.params.id)).executeTakeFirst();
    return row ?? reply.code(404).send({ error: 'Not found' });
  });

  // ok: missing-auth, missing-input-validation
  fastify.post('/transactions', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const parsed = FuelEntry.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: parsed.error.flatten() });
    // ok: unscoped-tenant-query
    await db.insertInto('fuel_transactions').values({ ...parsed.data, company_id: request.user.companyId }).execute();
    return reply.code(201).send({ ok: true });
  });

  // ok: missing-role-check, missing-input-validation
  fastify.post('/transactions/bulk-delete', { onRequest: [fastify.authenticate], preHandler: [fastify.requireRole('admin')] }, async (request) => {
    const { ids } = BulkDelete.parse(request.body);
    // expect: unscoped-tenant-query
    const result = await db.deleteFrom('fuel_transactions').where('id', 'in', ids).executeTakeFirst();
    return { deleted: Number(result.numDeletedRows) };
  });

  fastify.get<{ Params: { card: string } }>('/cards/:card/summary', { onRequest: [fastify.authenticate] }, async (request) => {
    // expect: unscoped-tenant-query
    const { rows } = await sql<{ station: string; litres: number }>`select station, sum(litres) as litres from fuel_transactions where card_number = ${request.params.card} group by station`.execute(db);
    return rows;
  });

  // ok: missing-rate-limit
  fastify.get('/transactions/export', { onRequest: [fastify.authenticate], config: { rateLimit: { max: 3, timeWindow: '1 hour' } } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const rows = await db.selectFrom('fuel_transactions').selectAll().where('company_id', '=', request.user.companyId).execute();
    return reply.header('content-disposition', 'attachment; filename="fuel.json"').send(rows);
  });
};

export default fuelRoutes;
