import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import { db } from '../db';

const RoleBody = Type.Object({ role: Type.Union([Type.Literal('admin'), Type.Literal('member')]) });

const adminRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-role-check
  fastify.get('/users', { preHandler: fastify.requireRole('admin') }, async (request) => {
    // ok: unscoped-tenant-query
    return db.selectFrom('users').select(['id', 'email', 'role']).where('org_id', '=', request.user.orgId).execute();
  });

  // ok: missing-role-check, missing-input-validation
  fastify.put<{ Params: { id: string }; Body: { role: 'admin' | 'member' } }>('/users/:id/role', {
    preHandler: [fastify.requireRole('admin')],
    schema: { body: RoleBody },
  }, async (request) => {
    // ok: unscoped-tenant-query
    await db.updateTable('users').set({ role: request.body.role })
      .where('id', '=', request.params.id)
      .where('org_id', '=', request.user.orgId)
      .execute();
    return { ok: true };
  });

  // signed in is enough here: any member can remove a colleague
  // expect: missing-role-check
  fastify.delete<{ Params: { id: string } }>('/users/:id', async (request) => {
    // ok: unscoped-tenant-query
    await db.deleteFrom('users').where('id', '=', request.params.id).where('org_id', '=', request.user.orgId).execute();
    return { ok: true };
  });

  // inline role test in the handler
  // ok: missing-role-check
  fastify.get('/usage', async (request, reply) => {
    if (request.user.role !== 'owner') return reply.code(403).send({ error: 'Forbidden' });
    // ok: unscoped-tenant-query
    return db.selectFrom('projects').select(({ fn }) => [fn.count<number>('id').as('projects')]).where('org_id', '=', request.user.orgId).executeTakeFirst();
  });
};

export default adminRoutes;
