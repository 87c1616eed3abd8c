import crypto from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db/index.js';

const TripCreate = Type.Object({
  vehicle_id: Type.Integer(),
  driver_id: Type.Integer(),
  origin: Type.String({ maxLength: 200 }),
  destination: Type.String({ maxLength: 200 }),
});

const TripQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('planned'), Type.Literal('active'), Type.Literal('closed')])),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});

function toCsv(rows: Record<string, unknown>[]): string {
  if (!rows.length) return '';
  const cols = Object.keys(rows[0]);
  return [cols.join(','), ...rows.map((r) => cols.map((c) => JSON.stringify(r[c] ?? '')).join(','))].join('\n');
}

const tripRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get<{ Querystring: Static<typeof TripQuery> }>('/', { schema: { querystring: TripQuery } }, async (request) => {
    let query = db.selectFrom('trips').selectAll().where('company_id', '=', request.user.companyId);
    if (request.query.status) query = query.where('status', '=', request.query.status);
    // ok: unscoped-tenant-query
    return query.orderBy('id', 'desc').limit(request.query.limit ?? 50).execute();
  });

  // ok: missing-input-validation
  fastify.post<{ Body: Static<typeof TripCreate> }>('/', { schema: { body: TripCreate } }, async (request, reply) => {
    const { companyId } = request.user;
    // ok: unscoped-tenant-query
    const vehicle = await db.selectFrom('vehicles').select('id').where('id', '=', request.body.vehicle_id).where('company_id', '=', companyId).executeTakeFirst();
    // ok: unscoped-tenant-query
    const driver = await db.selectFrom('drivers').select('id').where('id', '=', request.body.driver_id).where('company_id', '=', companyId).executeTakeFirst();
    if (!vehicle || !driver) return reply.code(422).send({ error: 'Unknown vehicle or driver' });
    try {
      // ok: unscoped-tenant-query
      const trip = await db
        .insertInto('trips')
        .values({ ...request.body, company_id: companyId, status: 'planned', started_at: null, ended_at: null })
        .returningAll()
        .executeTakeFirstOrThrow();
      return reply.code(201).send(trip);
    } catch (err) {
      request.log.error({ err }, 'trip insert failed');
      // expect: error-details-leak
      return reply.code(500).send({ error: 'Could not create trip', reason: (err as Error).message });
    }
  });

  // ok: missing-input-validation
  fastify.post<{ Params: { id: string } }>('/:id/close', async (request) => {
    // expect: unscoped-tenant-query
    await db.updateTable('trips').set({ status: 'closed', ended_at: new Date() }).where('id', '=', Number(request.params.id)).execute();
    return { ok: true };
  });

  fastify.post<{ Params: { id: string } }>('/:id/share', async (request, reply) => {
    // ok: unscoped-tenant-query
    const trip = await db.selectFrom('trips').select('id').where('id', '=', Number(request.params.id)).where('company_id', '=', request.user.companyId).executeTakeFirst();
    if (!trip) return reply.code(404).send({ error: 'Not found' });
    const token = crypto.randomBytes(24).toString('base64url');
    await db.insertInto('trip_shares').values({ token, trip_id: trip.id, expires_at: new Date(Date.now() + 86_400_000) }).execute();
    return { url: `https://track.fleetops.io/t/${token}` };
  });

  // ok: missing-rate-limit
  fastify.get('/export', { config: { rateLimit: { max: 5, timeWindow: '1 hour' } } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const rows = await db.selectFrom('trips').selectAll().where('company_id', '=', request.user.companyId).execute();
    return reply.type('text/csv').header('content-disposition', 'attachment; filename="trips.csv"').send(toCsv(rows));
  });

  // expect: missing-rate-limit
  fastify.get('/export/fuel', async (request, reply) => {
    // ok: unscoped-tenant-query
    const rows = await db.selectFrom('fuel_transactions').selectAll().where('company_id', '=', request.user.companyId).execute();
    return reply.type('text/csv').header('content-disposition', 'attachment; filename="fuel.csv"').send(toCsv(rows));
  });
};

export default tripRoutes;
