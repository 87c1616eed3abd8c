import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db/index.js';
import type { VehiclesTable } from '../db/types.js';
import { companyOf } from '../lib/tenant.js';

const VehicleBody = Type.Object({
  plate: Type.String({ maxLength: 16 }),
  make: Type.String({ maxLength: 60 }),
  model: Type.String({ maxLength: 60 }),
  odometer_km: Type.Integer({ minimum: 0 }),
  telematics_device_id: Type.Optional(Type.String({ maxLength: 64 })),
});

const IdParams = Type.Object({ id: Type.Integer() });
type IdParams = Static<typeof IdParams>;

const vehicleRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return db.selectFrom('vehicles').selectAll().where('company_id', '=', companyOf(request)).orderBy('plate').execute();
  });

  fastify.get<{ Params: IdParams }>('/:id', { schema: { params: IdParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const vehicle = await db
      .selectFrom('vehicles')
      .selectAll()
      .where('id', '=', request.params.id)
      .where('company_id', '=', request.user.companyId)
      .executeTakeFirst();
    return vehicle ?? reply.code(404).send({ error: 'Not found' });
  });

  // ok: missing-input-validation
  fastify.post<{ Body: Static<typeof VehicleBody> }>('/', { schema: { body: VehicleBody } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const created = await db
      .insertInto('vehicles')
      .values({ ...request.body, telematics_device_id: request.body.telematics_device_id ?? null, company_id: companyOf(request), last_lat: null, last_lng: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    return reply.code(201).send(created);
  });

  // expect: missing-input-validation
  fastify.patch<{ Params: { id: string }; Body: Partial<VehiclesTable> }>('/:id', async (request, reply) => {
    // ok: unscoped-tenant-query
    const updated = await db
      .updateTable('vehicles')
      .set(request.body)
      .where('id', '=', Number(request.params.id))
      .where('company_id', '=', companyOf(request))
      .returningAll()
      .executeTakeFirst();
    return updated ?? reply.code(404).send({ error: 'Not found' });
  });

  // ok: missing-role-check
  fastify.delete<{ Params: IdParams }>('/:id', { schema: { params: IdParams }, preHandler: fastify.requireRole('admin') }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await db.deleteFrom('vehicles').where('id', '=', request.params.id).where('company_id', '=', request.user.companyId).execute();
    return reply.code(204).send();
  });

  fastify.get<{ Params: IdParams }>('/:id/trips', { schema: { params: IdParams } }, async (request) => {
    // expect: unscoped-tenant-query
    return db.selectFrom('trips').selectAll().where('vehicle_id', '=', request.params.id).orderBy('started_at', 'desc').limit(100).execute();
  });

  // ok: missing-input-validation
  fastify.post<{ Params: IdParams; Body: { odometer_km: number } }>(
    '/:id/odometer',
    { schema: { params: IdParams, body: Type.Object({ odometer_km: Type.Integer({ minimum: 0 }) }) } },
    async (request, reply) => {
      // ok: unscoped-tenant-query
      const vehicle = await db.selectFrom('vehicles').select(['id', 'company_id', 'odometer_km']).where('id', '=', request.params.id).executeTakeFirst();
      if (!vehicle || vehicle.company_id !== request.user.companyId) return reply.code(404).send({ error: 'Not found' });
      if (request.body.odometer_km < vehicle.odometer_km) return reply.code(422).send({ error: 'Odometer cannot go backwards' });
      // ok: unscoped-tenant-query
      await db.updateTable('vehicles').set({ odometer_km: request.body.odometer_km }).where('id', '=', vehicle.id).execute();
      return { ok: true };
    },
  );
};

export default vehicleRoutes;
