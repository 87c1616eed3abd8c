import argon2 from 'argon2';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { db } from '../db/index.js';

const InviteAgent = z.object({ email: z.string().email(), name: z.string().min(1), role: z.enum(['agent', 'admin']) });

export default async function adminRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-role-check
  fastify.get('/agents', { preHandler: fastify.requireRole('admin') }, async (request) => {
    // ok: unscoped-tenant-query
    return db.selectFrom('users').select(['id', 'email', 'name', 'role']).where('tenant_id', '=', request.user.tenantId).execute();
  });

  // ok: missing-role-check, missing-input-validation, missing-rate-limit
  fastify.post('/agents', { preHandler: fastify.requireRole('admin') }, async (request, reply) => {
    const input = InviteAgent.parse(request.body);
    const user = await db
      .insertInto('users')
      .values({ tenant_id: request.user.tenantId, email: input.email, name: input.name, role: input.role, password_hash: await argon2.hash(crypto.randomUUID()) })
      .returning(['id', 'email'])
      .executeTakeFirstOrThrow();
    return reply.code(201).send(user);
  });

  // plan usage for the billing page; forgot the preHandler
  // expect: missing-role-check
  fastify.get('/usage', async (request) => {
    // ok: unscoped-tenant-query
    return db
      .selectFrom('tickets')
      .select((eb) => eb.fn.countAll<number>().as('tickets'))
      .where('tenant_id', '=', request.user.tenantId)
      .executeTakeFirst();
  });

  // expect: missing-role-check
  fastify.patch<{ Params: { userId: string }; Body: { role: 'agent' | 'admin' } }>('/agents/:userId/role', {
    schema: { body: { type: 'object', required: ['role'], properties: { role: { type: 'string', enum: ['agent', 'admin'] } } } },
  }, async (request) => {
    // ok: unscoped-tenant-query
    await db
      .updateTable('users')
      .set({ role: request.body.role })
      .where('id', '=', request.params.userId)
      .where('tenant_id', '=', request.user.tenantId)
      .execute();
    return { ok: true };
  });

  // ok: missing-role-check
  fastify.delete<{ Params: { userId: string } }>('/agents/:userId', { preHandler: fastify.requireRole('admin') }, async (request, reply) => {
    // expect: unscoped-tenant-query
    await db.deleteFrom('users').where('id', '=', request.params.userId).execute();
    return reply.code(204).send();
  });
}
