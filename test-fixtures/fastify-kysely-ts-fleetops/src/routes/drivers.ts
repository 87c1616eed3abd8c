import { z } from 'zod';
import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db/index.js';

const DriverCreate = z.object({
  name: z.string().min(1).max(120),
  phone: z.string().max(30),
  license_number: z.string().max(40).optional(),
});
const DriverUpdate = DriverCreate.partial();

const LICENSE_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

const driverRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return db.selectFrom('drivers').select(['id', 'name', 'phone', 'license_number']).where('company_id', '=', request.user.companyId).execute();
  });

  fastify.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    const driver = await db.selectFrom('drivers').select(['id', 'name', 'phone', 'license_number']).where('id', '=', Number(request.params.id)).executeTakeFirst();
    return driver ?? reply.code(404).send({ error: 'Not found' });
  });

  // ok: missing-input-validation, missing-role-check
  fastify.post('/', { preHandler: fastify.requireRole('admin', 'dispatcher') }, async (request, reply) => {
    const input = DriverCreate.parse(request.body);
    // ok: unscoped-tenant-query
    const row = await db
      .insertInto('drivers')
      .values({ ...input, license_number: input.license_number ?? null, company_id: request.user.companyId, pin_hash: '!', license_scan: null, license_mime: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return reply.code(201).send(row);
  });

  // ok: missing-input-validation
  fastify.put<{ Params: { id: string } }>('/:id', async (request, reply) => {
    const changes = DriverUpdate.parse(request.body);
    // ok: unscoped-tenant-query
    const result = await db
      .updateTable('drivers')
      .set(changes)
      .where('id', '=', Number(request.params.id))
      .where('company_id', '=', request.user.companyId)
      .executeTakeFirst();
    return result.numUpdatedRows ? { ok: true } : reply.code(404).send({ error: 'Not found' });
  });

  // ok: missing-rate-limit, missing-input-validation
  fastify.post<{ Params: { id: string } }>('/:id/license', { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    // ok: unrestricted-upload
    const file = await request.file();
    if (!file) return reply.code(400).send({ error: 'No file' });
    if (!LICENSE_TYPES.has(file.mimetype)) return reply.code(415).send({ error: 'PDF, JPEG or PNG only' });
    const content = await file.toBuffer();
    // ok: unscoped-tenant-query
    await db
      .updateTable('drivers')
      .set({ license_scan: content, license_mime: file.mimetype })
      .where('id', '=', Number(request.params.id))
      .where('company_id', '=', request.user.companyId)
      .execute();
    return reply.code(201).send({ ok: true });
  });

  // ok: missing-role-check
  fastify.delete<{ Params: { id: string } }>('/:id', { preHandler: [fastify.requireRole('admin')] }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await db.deleteFrom('drivers').where('id', '=', Number(request.params.id)).where('company_id', '=', request.user.companyId).execute();
    return reply.code(204).send();
  });
};

export default driverRoutes;
