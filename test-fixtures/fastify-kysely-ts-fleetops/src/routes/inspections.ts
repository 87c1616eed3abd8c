import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db/index.js';
import requireAuth from '../plugins/require-auth.js';

const IdParams = Type.Object({ id: Type.Integer() });
const InspectionBody = Type.Object({
  vehicle_id: Type.Integer(),
  inspector: Type.String({ maxLength: 120 }),
  passed: Type.Boolean(),
  notes: Type.Optional(Type.String({ maxLength: 2000 })),
});

const inspectionRoutes: FastifyPluginAsync = async (fastify) => {
  await fastify.register(requireAuth);

  // ok: missing-auth
  fastify.route({
    method: 'GET',
    url: '/',
    handler: async (request) => {
      // ok: unscoped-tenant-query
      return db.selectFrom('inspections').selectAll().where('company_id', '=', request.user.companyId).orderBy('inspected_at', 'desc').execute();
    },
  });

  // ok: missing-auth, missing-input-validation
  fastify.route<{ Body: Static<typeof InspectionBody> }>({
    method: 'POST',
    url: '/',
    schema: { body: InspectionBody },
    handler: async (request, reply) => {
      const { companyId } = request.user;
      // ok: unscoped-tenant-query
      const vehicle = await db.selectFrom('vehicles').select('id').where('id', '=', request.body.vehicle_id).where('company_id', '=', companyId).executeTakeFirst();
      if (!vehicle) return reply.code(422).send({ error: 'Unknown vehicle' });
      // ok: unscoped-tenant-query
      await db
        .insertInto('inspections')
        .values({ ...request.body, notes: request.body.notes ?? null, company_id: companyId, inspected_at: new Date() })
        .execute();
      return reply.code(201).send({ ok: true });
    },
  });

  // only the path parameter has a schema: the body is written as sent
  // expect: missing-input-validation
  fastify.route<{ Params: Static<typeof IdParams>; Body: Record<string, unknown> }>({
    method: 'PUT',
    url: '/:id',
    schema: { params: IdParams },
    handler: async (request, reply) => {
      // ok: unscoped-tenant-query
      const result = await db
        .updateTable('inspections')
        .set(request.body)
        .where('id', '=', request.params.id)
        .where('company_id', '=', request.user.companyId)
        .executeTakeFirst();
      return result.numUpdatedRows ? { ok: true } : reply.code(404).send({ error: 'Not found' });
    },
  });

  fastify.get<{ Querystring: { plate: string } }>('/by-plate', async (request) => {
    // expect: unscoped-tenant-query
    const vehicle = await db.selectFrom('vehicles').select(['id', 'plate', 'odometer_km']).where('plate', '=', request.query.plate).executeTakeFirst();
    if (!vehicle) return [];
    // ok: unscoped-tenant-query
    return db.selectFrom('inspections').selectAll().where('vehicle_id', '=', vehicle.id).execute();
  });

  fastify.delete<{ Params: Static<typeof IdParams> }>('/:id', { schema: { params: IdParams } }, async (request, reply) => {
    if (request.user.role !== 'admin') return reply.code(403).send({ error: 'Admins only' });
    // ok: unscoped-tenant-query
    await db.deleteFrom('inspections').where('id', '=', request.params.id).where('company_id', '=', request.user.companyId).execute();
    return reply.code(204).send();
  });
};

export default inspectionRoutes;
