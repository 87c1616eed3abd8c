import type { FastifyPluginAsync } from 'fastify';
import { knex } from '../db';

type InvoiceStatus = 'draft' | 'sent' | 'paid' | 'void';

interface IdParams {
  id: string;
}

interface ListQuery {
  status?: InvoiceStatus;
  limit?: number;
}

interface CreateInvoiceBody {
  customerId: string;
  number: string;
  amountCents: number;
  currency: string;
  dueDate: string;
}

interface UpdateInvoiceBody {
  amountCents?: number;
  dueDate?: string;
  status?: InvoiceStatus;
}

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', format: 'uuid' } },
} as const;

const statusEnum = { type: 'string', enum: ['draft', 'sent', 'paid', 'void'] } as const;

const invoiceRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get<{ Querystring: ListQuery }>(
    '/',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            status: statusEnum,
            limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
          },
        },
      },
    },
    async (request) => {
      const { status, limit = 50 } = request.query;
      // ok: unscoped-tenant-query
      const query = knex('invoices').where({ org_id: request.user.orgId }).orderBy('created_at', 'desc').limit(limit);
      if (status) {
        query.andWhere({ status });
      }
      return query;
    },
  );

  // ok: missing-auth
  fastify.get<{ Params: IdParams }>('/:id', { schema: { params: idParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const invoice = await knex('invoices').where({ id: request.params.id, org_id: request.user.orgId }).first();
    if (!invoice) {
      return reply.code(404).send({ error: 'Invoice not found' });
    }
    return invoice;
  });

  // ok: missing-auth
  // ok: missing-input-validation
  fastify.post<{ Body: CreateInvoiceBody }>(
    '/',
    {
      schema: {
        body: {
          type: 'object',
          required: ['customerId', 'number', 'amountCents', 'currency', 'dueDate'],
          properties: {
            customerId: { type: 'string', format: 'uuid' },
            number: { type: 'string', minLength: 1, maxLength: 64 },
            amountCents: { type: 'integer', minimum: 0 },
            currency: { type: 'string', pattern: '^[A-Z]{3}$' },
            dueDate: { type: 'string', format: 'date' },
          },
        },
      },
    },
    async (request, reply) => {
      const { customerId, number, amountCents, currency, dueDate } = request.body;

      // ok: unscoped-tenant-query
      const customer = await knex('customers').where({ id: customerId, org_id: request.user.orgId }).first();
      if (!customer) {
        return reply.code(404).send({ error: 'Customer not found' });
      }

      const [invoice] = await knex('invoices')
        .insert({
          org_id: request.user.orgId,
          customer_id: customer.id,
          number,
          amount_cents: amountCents,
          currency,
          due_date: dueDate,
        })
        .returning('*');
      return reply.code(201).send(invoice);
    },
  );

  // ok: missing-auth
  // ok: missing-input-validation
  fastify.patch<{ Params: IdParams; Body: UpdateInvoiceBody }>(
    '/:id',
    {
      schema: {
        params: idParams,
        body: {
          type: 'object',
          minProperties: 1,
          additionalProperties: false,
          properties: {
            amountCents: { type: 'integer', minimum: 0 },
            dueDate: { type: 'string', format: 'date' },
            status: statusEnum,
          },
        },
      },
    },
    async (request, reply) => {
      const { amountCents, dueDate, status } = request.body;

      // expect: unscoped-tenant-query
      const [invoice] = await knex('invoices')
        .where({ id: request.params.id })
        .update({
          amount_cents: amountCents,
          due_date: dueDate,
          status,
          paid_at: status === 'paid' ? knex.fn.now() : undefined,
          updated_at: knex.fn.now(),
        })
        .returning('*');

      if (!invoice) {
        return reply.code(404).send({ error: 'Invoice not found' });
      }
      return invoice;
    },
  );

  // ok: missing-auth
  fastify.post<{ Params: IdParams }>('/:id/send', { schema: { params: idParams } }, async (request, reply) => {
    // expect: unscoped-tenant-query
    const invoice = await knex('invoices')
      .join('customers', 'customers.id', 'invoices.customer_id')
      .where('invoices.id', request.params.id)
      .select('invoices.*', 'customers.email as customer_email')
      .first();

    if (!invoice) {
      return reply.code(404).send({ error: 'Invoice not found' });
    }
    if (invoice.status === 'void' || !invoice.customer_email) {
      return reply.code(409).send({ error: 'Invoice cannot be sent' });
    }

    await knex('email_outbox').insert({
      org_id: invoice.org_id,
      recipient: invoice.customer_email,
      template: 'invoice',
      payload: { invoiceId: invoice.id },
    });

    // ok: token-logging
    request.log.info({ invoiceId: invoice.id }, 'invoice queued for delivery');
    return reply.code(202).send({ queued: true });
  });

  // ok: missing-auth
  fastify.delete<{ Params: IdParams }>('/:id', { schema: { params: idParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const invoice = await knex('invoices').where({ id: request.params.id }).first();
    if (!invoice || invoice.org_id !== request.user.orgId) {
      return reply.code(404).send({ error: 'Invoice not found' });
    }
    if (invoice.status !== 'draft') {
      return reply.code(409).send({ error: 'Only draft invoices can be deleted' });
    }

    await knex('invoices').where({ id: invoice.id, org_id: request.user.orgId }).del();
    return reply.code(204).send();
  });
};

export default invoiceRoutes;
