import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db/index.js';

// Company administration screens.
const adminRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  fastify.addHook('preHandler', fastify.requireRole('admin'));

  // ok: missing-role-check
  fastify.get('/overview', async (request) => {
    const companyId = request.user.companyId;
    // ok: unscoped-tenant-query
    const vehicles = await db.selectFrom('vehicles').select(({ fn }) => [fn.count<number>('id').as('n')]).where('company_id', '=', companyId).executeTakeFirst();
    // ok: unscoped-tenant-query
    const drivers = await db.selectFrom('drivers').select(({ fn }) => [fn.count<number>('id').as('n')]).where('company_id', '=', companyId).executeTakeFirst();
    return { vehicles: vehicles?.n ?? 0, drivers: drivers?.n ?? 0 };
  });

  // ok: missing-role-check
  fastify.get<{ Params: { id: string } }>('/users/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    const user = await db.selectFrom('users').select(['id', 'name', 'email', 'role', 'company_id']).where('id', '=', Number(request.params.id)).executeTakeFirst();
    return user ?? reply.code(404).send({ error: 'Not found' });
  });

  // ok: missing-role-check, missing-input-validation, missing-rate-limit
  fastify.post<{ Params: { id: string } }>('/users/:id/reset-password', async (request, reply) => {
    // ok: unscoped-tenant-query
    const user = await db.selectFrom('users').select('id').where('id', '=', Number(request.params.id)).where('company_id', '=', request.user.companyId).executeTakeFirst();
    if (!user) return reply.code(404).send({ error: 'Not found' });
    await db.updateTable('users').set({ reset_token_hash: null, reset_expires_at: new Date(0) }).where('id', '=', user.id).execute();
    return { ok: true };
  });

  // ok: missing-role-check
  fastify.get('/maintenance', async (request) => {
    // ok: unscoped-tenant-query
    return db
      .selectFrom('maintenance')
      .innerJoin('vehicles', 'vehicles.id', 'maintenance.vehicle_id')
      .select(['maintenance.id', 'vehicles.plate', 'maintenance.description', 'maintenance.cost_cents', 'maintenance.done_at'])
      .where('maintenance.company_id', '=', request.user.companyId)
      .orderBy('maintenance.done_at', 'desc')
      .execute();
  });
};

export default adminRoutes;
