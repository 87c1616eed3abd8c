import type { FastifyPluginAsync } from 'fastify';
import { knex } from '../db';

interface OrgQuery {
  orgId: string;
}

const orgQuery = {
  type: 'object',
  required: ['orgId'],
  properties: { orgId: { type: 'string', format: 'uuid' } },
} as const;

const reportRoutes: FastifyPluginAsync = async (fastify) => {
  // expect: missing-auth
  fastify.get<{ Querystring: OrgQuery }>('/revenue', { schema: { querystring: orgQuery } }, async (request) => {
    return knex('invoices')
      .where({ org_id: request.query.orgId, status: 'paid' })
      .select(knex.raw("date_trunc('month', paid_at) as month"), knex.raw('sum(amount_cents)::bigint as total_cents'))
      .groupByRaw("date_trunc('month', paid_at)")
      .orderBy('month');
  });

  // expect: missing-auth
  fastify.get<{ Querystring: OrgQuery }>('/overdue', { schema: { querystring: orgQuery } }, async (request) => {
    return knex('invoices')
      .where({ org_id: request.query.orgId, status: 'sent' })
      .andWhere('due_date', '<', knex.fn.now())
      .select('id', 'number', 'customer_id', 'amount_cents', 'currency', 'due_date')
      .orderBy('due_date');
  });

  // expect: missing-auth
  fastify.get<{ Querystring: OrgQuery }>('/top-customers', { schema: { querystring: orgQuery } }, async (request) => {
    return knex('invoices')
      .join('customers', 'customers.id', 'invoices.customer_id')
      .where({ 'invoices.org_id': request.query.orgId, 'invoices.status': 'paid' })
      .groupBy('customers.id', 'customers.name')
      .select('customers.id', 'customers.name', knex.raw('sum(invoices.amount_cents)::bigint as total_cents'))
      .orderBy('total_cents', 'desc')
      .limit(10);
  });
};

export default reportRoutes;
