import type { FastifyPluginAsync } from 'fastify';
import { knex } from '../db';

interface IdParams {
  id: string;
}

interface CustomerBody {
  name: string;
  email?: string;
  phone?: string;
  billingAddress?: string;
}

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', format: 'uuid' } },
} as const;

const customerBody = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    email: { type: 'string', format: 'email' },
    phone: { type: 'string', maxLength: 40 },
    billingAddress: { type: 'string', maxLength: 2000 },
  },
} as const;

const csvCell = (value: unknown) => `"${String(value ?? '').replace(/"/g, '""')}"`;

const customerRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.get('/', { onRequest: [fastify.authenticate] }, async (request) => {
    return knex('customers').where({ org_id: request.user.orgId }).orderBy('name');
  });

  // expect: missing-auth
  // expect: missing-rate-limit
  fastify.get<{ Querystring: { orgId: string } }>(
    '/export',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['orgId'],
          properties: { orgId: { type: 'string', format: 'uuid' } },
        },
      },
    },
    async (request, reply) => {
      const rows = await knex('customers')
        .where({ org_id: request.query.orgId })
        .select('name', 'email', 'phone', 'billing_address')
        .orderBy('name');

      const lines = [
        'name,email,phone,billing_address',
        ...rows.map((r) => [r.name, r.email, r.phone, r.billing_address].map(csvCell).join(',')),
      ];
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="customers.csv"')
        .send(lines.join('\n'));
    },
  );

  // ok: missing-auth
  fastify.get<{ Params: IdParams }>('/:id', { onRequest: [fastify.authenticate], schema: { params: idParams } }, async (request, reply) => {
    // expect: unscoped-tenant-query
    const customer = await knex('customers').where({ id: request.params.id }).first();
    if (!customer) {
      return reply.code(404).send({ error: 'Customer not found' });
    }
    return customer;
  });

  // ok: missing-auth
  fastify.get<{ Params: IdParams }>('/:id/invoices', { onRequest: [fastify.authenticate], schema: { params: idParams } }, async (request) => {
    // ok: unscoped-tenant-query
    return knex('invoices').where({ customer_id: request.params.id, org_id: request.user.orgId }).orderBy('due_date', 'desc');
  });

  // ok: missing-auth
  // ok: missing-input-validation
  fastify.post<{ Body: CustomerBody }>('/', { onRequest: [fastify.authenticate], schema: { body: customerBody } }, async (request, reply) => {
    const { name, email, phone, billingAddress } = request.body;
    const [customer] = await knex('customers')
      .insert({ org_id: request.user.orgId, name, email, phone, billing_address: billingAddress })
      .returning('*');
    return reply.code(201).send(customer);
  });

  // ok: missing-auth
  // ok: missing-input-validation
  fastify.put<{ Params: IdParams; Body: CustomerBody }>(
    '/:id',
    { onRequest: [fastify.authenticate], schema: { params: idParams, body: customerBody } },
    async (request, reply) => {
      const { name, email, phone, billingAddress } = request.body;
      // ok: unscoped-tenant-query
      const [customer] = await knex('customers')
        .where({ id: request.params.id, org_id: request.user.orgId })
        .update({
          name,
          email: email ?? null,
          phone: phone ?? null,
          billing_address: billingAddress ?? null,
          updated_at: knex.fn.now(),
        })
        .returning('*');

      if (!customer) {
        return reply.code(404).send({ error: 'Customer not found' });
      }
      return customer;
    },
  );

  // ok: missing-auth
  fastify.delete<{ Params: IdParams }>('/:id', { onRequest: [fastify.authenticate], schema: { params: idParams } }, async (request, reply) => {
    try {
      // expect: unscoped-tenant-query
      const deleted = await knex('customers').where({ id: request.params.id }).del();
      if (deleted === 0) {
        return reply.code(404).send({ error: 'Customer not found' });
      }
      return reply.code(204).send();
    } catch (err) {
      if ((err as { code?: string }).code === '23503') {
        return reply.code(409).send({ error: 'Customer still has invoices' });
      }
      throw err;
    }
  });
};

export default customerRoutes;
