import crypto from 'node:crypto';
import bcrypt from 'bcrypt';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db/index.js';

const RoleBody = Type.Object({ role: Type.Union([Type.Literal('admin'), Type.Literal('dispatcher'), Type.Literal('mechanic')]) });
const NewUser = Type.Object({
  email: Type.String({ format: 'email' }),
  name: Type.String({ maxLength: 120 }),
  role: Type.Union([Type.Literal('dispatcher'), Type.Literal('mechanic')]),
});

const userRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return db.selectFrom('users').select(['id', 'name', 'email', 'role']).where('company_id', '=', request.user.companyId).execute();
  });

  // ok: missing-role-check, missing-input-validation, missing-rate-limit
  fastify.post<{ Body: Static<typeof NewUser> }>('/', { schema: { body: NewUser }, preHandler: fastify.requireRole('admin') }, async (request, reply) => {
    const tempPassword = crypto.randomBytes(12).toString('base64url');
    // ok: unscoped-tenant-query
    const row = await db
      .insertInto('users')
      .values({ ...request.body, company_id: request.user.companyId, password_hash: await bcrypt.hash(tempPassword, 12), reset_token_hash: null, reset_expires_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return reply.code(201).send({ id: row.id, tempPassword });
  });

  // ok: missing-input-validation
  // expect: missing-role-check
  fastify.patch<{ Params: { id: string }; Body: Static<typeof RoleBody> }>('/:id/role', { schema: { body: RoleBody } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const res = await db
      .updateTable('users')
      .set({ role: request.body.role })
      .where('id', '=', Number(request.params.id))
      .where('company_id', '=', request.user.companyId)
      .executeTakeFirst();
    return res.numUpdatedRows ? { ok: true } : reply.code(404).send({ error: 'Not found' });
  });

  // ok: missing-role-check
  fastify.delete<{ Params: { id: string } }>('/:id', { preHandler: fastify.requireRole('admin') }, async (request, reply) => {
    if (Number(request.params.id) === request.user.sub) return reply.code(400).send({ error: 'Cannot delete yourself' });
    // ok: unscoped-tenant-query
    await db.deleteFrom('users').where('id', '=', Number(request.params.id)).where('company_id', '=', request.user.companyId).execute();
    return reply.code(204).send();
  });

  // ok: missing-role-check, missing-input-validation
  fastify.post<{ Body: { label: string } }>(
    '/api-keys',
    { schema: { body: Type.Object({ label: Type.String({ maxLength: 60 }) }) }, preHandler: fastify.requireRole('admin') },
    async (request, reply) => {
      const apiKey = `fo_${crypto.randomBytes(24).toString('hex')}`;
      // ok: unscoped-tenant-query
      await db
        .insertInto('api_keys')
        .values({ company_id: request.user.companyId, label: request.body.label, key_hash: crypto.createHash('sha256').update(apiKey).digest('hex') })
        .execute();
      // expect: token-logging
      fastify.log.info(`issued api key ${apiKey} for company ${request.user.companyId}`);
      return reply.code(201).send({ apiKey });
    },
  );
};

export default userRoutes;
