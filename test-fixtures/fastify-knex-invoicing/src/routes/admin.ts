import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { knex } from '../db';
import { hashToken, type Role } from '../plugins/auth';

interface IdParams {
  id: string;
}

interface InviteBody {
  email: string;
  role: Role;
}

interface OrgUpdateBody {
  name?: string;
  plan?: 'free' | 'pro' | 'enterprise';
}

const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', format: 'uuid' } },
} as const;

const roleSchema = { type: 'string', enum: ['admin', 'member'] } as const;

const adminRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-role-check
  fastify.get('/users', { preHandler: [fastify.requireAdmin] }, async (request) => {
    return knex('users')
      .where({ org_id: request.user.orgId })
      .select('id', 'email', 'role', 'created_at')
      .orderBy('email');
  });

  // ok: missing-role-check
  fastify.patch<{ Params: IdParams; Body: { role: Role } }>(
    '/users/:id/role',
    {
      preHandler: [fastify.requireAdmin],
      schema: {
        params: idParams,
        body: { type: 'object', required: ['role'], properties: { role: roleSchema } },
      },
    },
    async (request, reply) => {
      // ok: unscoped-tenant-query
      const updated = await knex('users')
        .where({ id: request.params.id, org_id: request.user.orgId })
        .update({ role: request.body.role, updated_at: knex.fn.now() });
      if (updated === 0) {
        return reply.code(404).send({ error: 'User not found' });
      }
      return reply.code(204).send();
    },
  );

  // expect: missing-role-check
  fastify.delete<{ Params: IdParams }>('/users/:id', { schema: { params: idParams } }, async (request, reply) => {
    if (request.params.id === request.user.sub) {
      return reply.code(400).send({ error: 'You cannot delete your own account' });
    }
    // ok: unscoped-tenant-query
    const deleted = await knex('users').where({ id: request.params.id, org_id: request.user.orgId }).del();
    if (deleted === 0) {
      return reply.code(404).send({ error: 'User not found' });
    }
    return reply.code(204).send();
  });

  // expect: missing-role-check
  // expect: missing-rate-limit
  fastify.post<{ Body: InviteBody }>(
    '/users/invite',
    {
      schema: {
        body: {
          type: 'object',
          required: ['email', 'role'],
          properties: { email: { type: 'string', format: 'email' }, role: roleSchema },
        },
      },
    },
    async (request, reply) => {
      const email = request.body.email.toLowerCase();
      const inviteToken = randomBytes(32).toString('hex');

      try {
        const user = await knex.transaction(async (trx) => {
          const [created] = await trx('users')
            .insert({
              org_id: request.user.orgId,
              email,
              role: request.body.role,
              reset_token_hash: hashToken(inviteToken),
              reset_token_expires_at: new Date(Date.now() + INVITE_TTL_MS),
            })
            .returning(['id', 'email', 'role']);
          await trx('email_outbox').insert({
            org_id: request.user.orgId,
            recipient: email,
            template: 'user-invite',
            payload: { inviteToken },
          });
          return created;
        });
        return reply.code(201).send(user);
      } catch (err) {
        if ((err as { code?: string }).code === '23505') {
          return reply.code(409).send({ error: 'A user with this email already exists' });
        }
        throw err;
      }
    },
  );

  // ok: missing-role-check
  fastify.get('/org', async (request, reply) => {
    if (request.user.role !== 'admin') {
      return reply.code(403).send({ error: 'Forbidden' });
    }
    return knex('orgs').where({ id: request.user.orgId }).first();
  });

  // expect: missing-role-check
  fastify.patch<{ Body: OrgUpdateBody }>(
    '/org',
    {
      schema: {
        body: {
          type: 'object',
          minProperties: 1,
          additionalProperties: false,
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 200 },
            plan: { type: 'string', enum: ['free', 'pro', 'enterprise'] },
          },
        },
      },
    },
    async (request) => {
      const [org] = await knex('orgs')
        .where({ id: request.user.orgId })
        .update({ ...request.body, updated_at: knex.fn.now() })
        .returning('*');
      return org;
    },
  );

  await fastify.register(
    async (billing) => {
      billing.addHook('preHandler', billing.requireAdmin);

      // ok: missing-role-check
      billing.get('/summary', async (request) => {
        return knex('invoices')
          .where({ org_id: request.user.orgId })
          .groupBy('status')
          .select('status', knex.raw('count(*)::int as count'), knex.raw('coalesce(sum(amount_cents), 0)::bigint as total_cents'));
      });
    },
    { prefix: '/billing' },
  );
};

export default adminRoutes;
