import type { FastifyInstance } from 'fastify';
import { billing } from '../services/BillingService';
import { timeEntries } from '../repositories';

type IdParams = { Params: { id: string } };

export default async function billingRoutes(app: FastifyInstance) {
  app.addHook('onRequest', app.authenticate);

  app.get<IdParams>('/invoices/:id', async (req, reply) => {
    const invoice = await billing.invoiceForFirm(req.user.firmId, req.params.id);
    if (!invoice) return reply.code(404).send({ error: 'not found' });
    return invoice;
  });

  app.get<IdParams>('/invoices/:id/print', async (req) => billing.invoice(req.params.id));

  // ok: missing-input-validation
  app.post<{ Body: { matterId: string } }>('/invoices/draft', async (req, reply) => {
    const invoice = await billing.draftInvoice(req.user.firmId, req.body.matterId);
    if (!invoice) return reply.code(404).send({ error: 'matter not found' });
    return reply.code(201).send(invoice);
  });

  // expect: missing-input-validation
  app.post<{ Body: { matterId: string; minutes: number; narrative?: string } }>('/time-entries', async (req, reply) => {
    const entry = await timeEntries.create({ ...req.body, userId: req.user.sub, firmId: req.user.firmId });
    return reply.code(201).send(entry);
  });

  app.get<{ Querystring: { matterId: string } }>('/time-entries', async (req) => timeEntries.list({ matterId: req.query.matterId, firmId: req.user.firmId }));
}
