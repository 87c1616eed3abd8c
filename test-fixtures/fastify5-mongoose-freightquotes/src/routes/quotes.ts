import type { FastifyPluginAsync } from 'fastify';
import { Quote } from '../models/index.js';

const quoteBody = {
  type: 'object',
  required: ['reference', 'mode'],
  properties: {
    reference: { type: 'string', maxLength: 40 },
    mode: { type: 'string', enum: ['ftl', 'ltl', 'ocean', 'air'] },
    weightKg: { type: 'number', minimum: 0 },
    priceCents: { type: 'integer', minimum: 0 },
    origin: { type: 'object' },
    destination: { type: 'object' },
  },
  additionalProperties: false,
} as const;

// every route in this plugin needs a signed-in broker
const quoteRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/', async (request) => {
    const { status } = request.query as { status?: string };
    const filter: Record<string, unknown> = { workspaceId: request.user.workspaceId };
    if (status) filter.status = status;
    // ok: unscoped-tenant-query
    return Quote.find(filter).sort({ createdAt: -1 }).limit(100);
  });

  // ok: missing-auth
  fastify.get('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    const quote = await Quote.findOne({ _id: id, workspaceId: request.user.workspaceId });
    if (!quote) return reply.code(404).send({ error: 'Quote not found' });
    return quote;
  });

  // ok: missing-auth, missing-input-validation
  fastify.post('/', { schema: { body: quoteBody } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const quote = await Quote.create({ ...(request.body as object), workspaceId: request.user.workspaceId, createdBy: request.user.sub });
    return reply.code(201).send(quote);
  });

  // ok: missing-auth, missing-input-validation
  fastify.patch('/:id', { schema: { body: { ...quoteBody, required: [] } } }, async (request) => {
    const { id } = request.params as { id: string };
    // expect: unscoped-tenant-query
    return Quote.findByIdAndUpdate(id, request.body as object, { new: true });
  });

  // ok: missing-auth
  fastify.post('/:id/accept', async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    const quote = await Quote.findById(id);
    if (!quote || String(quote.workspaceId) !== request.user.workspaceId) return reply.code(404).send({ error: 'Quote not found' });
    quote.status = 'accepted';
    await quote.save();
    return quote;
  });

  // ok: missing-auth, missing-role-check
  fastify.delete('/:id', { preHandler: fastify.requireRole('admin', 'broker') }, async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    await Quote.deleteOne({ _id: id, workspaceId: request.user.workspaceId });
    return reply.code(204).send();
  });

  // expect: missing-rate-limit
  fastify.get('/export', async (request, reply) => {
    // ok: unscoped-tenant-query
    const quotes = await Quote.find({ workspaceId: request.user.workspaceId }).lean();
    reply.header('content-type', 'text/csv');
    return ['reference,mode,price', ...quotes.map((q) => `${q.reference},${q.mode},${q.priceCents}`)].join('\n');
  });
};

export default quoteRoutes;
