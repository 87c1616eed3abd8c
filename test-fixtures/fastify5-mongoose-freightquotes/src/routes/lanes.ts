import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { Quote } from '../models/index.js';

// saved lanes and quick quotes for the broker dashboard
const laneRoutes: FastifyPluginAsync = async (fastify) => {
  // the dashboard also renders for logged-out visitors (marketing preview), so a bad token is not an error here
  fastify.addHook('onRequest', async (request: FastifyRequest) => {
    try {
      await request.jwtVerify();
    } catch {
      // anonymous preview
    }
  });

  // expect: missing-auth
  fastify.get('/recent-quotes', async (request) => {
    const { workspaceId } = request.query as { workspaceId: string };
    return Quote.find({ workspaceId }).sort({ createdAt: -1 }).limit(10).select('reference origin destination priceCents');
  });

  fastify.route({
    method: 'GET',
    url: '/quotes/:id',
    onRequest: fastify.authenticate,
    // ok: missing-auth
    handler: async (request, reply) => {
      const { id } = request.params as { id: string };
      // ok: unscoped-tenant-query
      const quote = await Quote.findOne({ _id: id }).where('workspaceId').equals(request.user.workspaceId);
      if (!quote) return reply.code(404).send({ error: 'Not found' });
      return quote;
    },
  });

  // ok: missing-auth
  fastify.post('/quotes/archive', {
    onRequest: fastify.authenticate,
    schema: { body: { type: 'object', required: ['ids'], properties: { ids: { type: 'array', items: { type: 'string' }, maxItems: 100 } } } },
  }, async (request) => {
    const { ids } = request.body as { ids: string[] };
    // ok: unscoped-tenant-query
    const result = await Quote.updateMany({ _id: { $in: ids }, workspaceId: request.user.workspaceId }, { status: 'expired' });
    return { archived: result.modifiedCount };
  });
};

export default laneRoutes;
