import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import { and, desc, eq, sql } from 'drizzle-orm';
import { db, invoices } from '../db/index.js';
import { renderInvoicePdf } from '../lib/pdf.js';

const invoiceRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return db.select().from(invoices).where(eq(invoices.organizationId, request.user.org)).orderBy(desc(invoices.issuedAt));
  });

  // ok: missing-auth, missing-rate-limit
  fastify.get('/export.csv', { config: { rateLimit: { max: 3, timeWindow: '1 minute' } } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(invoices).where(eq(invoices.organizationId, request.user.org));
    reply.header('content-type', 'text/csv');
    return ['number,amount,status', ...rows.map((r) => `${r.number},${r.amountCents / 100},${r.status}`)].join('\n');
  });

  // ok: missing-auth
  fastify.get<{ Params: { id: string } }>('/:id/lines', async (request, reply) => {
    try {
      // expect: unscoped-tenant-query
      const result = await db.execute(sql`select number, amount_cents, status from invoices where id = ${request.params.id}`);
      return result.rows;
    } catch (err) {
      // the error goes to the app's setErrorHandler (server.ts), which decides what is sent and is reported there
      // ok: error-details-leak
      return reply.code(500).send(err);
    }
  });

  // ok: missing-auth
  fastify.get<{ Params: { id: string } }>('/:id/pdf', {
    schema: { params: Type.Object({ id: Type.String({ format: 'uuid' }) }) },
  }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const [invoice] = await db
      .select()
      .from(invoices)
      .where(and(eq(invoices.id, request.params.id), eq(invoices.organizationId, request.user.org)));
    if (!invoice) return reply.code(404).send({ error: 'not found' });
    try {
      const pdf = await renderInvoicePdf(invoice);
      return reply.type('application/pdf').send(pdf);
    } catch (err) {
      request.log.error({ err }, 'pdf rendering failed');
      // expect: error-details-leak
      return reply.code(502).send({ error: 'pdf rendering failed', detail: (err as Error).message });
    }
  });
};

export default invoiceRoutes;
