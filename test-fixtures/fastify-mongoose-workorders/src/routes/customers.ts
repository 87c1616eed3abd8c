import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Customer } from '../models/Customer.js';

const CustomerBody = z.object({
  name: z.string().min(1).max(200),
  phone: z.string().max(40).optional(),
  email: z.string().email().optional(),
  address: z.string().max(400).optional(),
});

export default async function customerRoutes(fastify: FastifyInstance) {
  // Everything in this inner plugin needs a technician's token.
  fastify.register(async (secured) => {
    secured.addHook('preHandler', secured.authenticate);

    // ok: missing-auth
    secured.get('/', async (request) => {
      // expect: unscoped-tenant-query
      return Customer.find({ company: request.user.company, ...(request.query as Record<string, string>) }).limit(200);
    });

    // ok: missing-input-validation
    secured.post('/', async (request, reply) => {
      const body = CustomerBody.parse(request.body);
      try {
        const customer = await Customer.create({ ...body, company: request.user.company });
        return reply.code(201).send(customer);
      } catch (err: any) {
        if (err?.code === 11000) return reply.code(409).send({ error: 'Customer already exists' });
        // expect: error-details-leak
        return reply.code(500).send({ error: 'Could not save customer', reason: err.message });
      }
    });

    // ok: missing-rate-limit
    secured.get('/export', { onRequest: fastify.rateLimit({ max: 2, timeWindow: '1 minute' }) }, async (request, reply) => {
      // ok: unscoped-tenant-query
      const rows = await Customer.find({ company: request.user.company }).lean();
      reply.header('content-type', 'text/csv');
      return rows.map((c) => `${c.name},${c.phone ?? ''},${c.email ?? ''}`).join('\n');
    });

    secured.get('/:customerId', async (request, reply) => {
      const { customerId } = request.params as { customerId: string };
      // ok: unscoped-tenant-query
      const customer = await Customer.findOne({ _id: customerId, company: request.user.company });
      return customer ?? reply.code(404).send({ error: 'Not found' });
    });
  });

  // The dispatcher's phone widget looks callers up by number (outside the secured plugin).
  // expect: missing-auth
  fastify.get('/lookup', async (request) => {
    const { phone } = request.query as { phone: string };
    return Customer.findOne({ phone }).select('name address notes');
  });
}
