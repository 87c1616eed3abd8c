import type { FastifyPluginAsync } from 'fastify';
import { Types } from 'mongoose';
import { Quote, Shipment } from '../models/index.js';
import { inWorkspace } from '../lib/tenant.js';
import { RATE_PER_KM_CENTS } from '../lib/pricing.js';

const reportRoutes: FastifyPluginAsync = async (fastify) => {
  // the public rate card shown on the pricing page
  // ok: missing-auth
  fastify.get('/rate-card', async () => ({ ratesPerKmCents: RATE_PER_KM_CENTS }));

  await fastify.register(async (secured) => {
    secured.addHook('onRequest', secured.authenticate);

    // ok: missing-auth
    secured.get('/win-rate', async (request) => {
      // ok: unscoped-tenant-query
      return Quote.aggregate([
        { $match: { workspaceId: new Types.ObjectId(request.user.workspaceId) } },
        { $group: { _id: '$status', count: { $sum: 1 } } },
      ]);
    });

    // ok: missing-auth
    secured.get('/lanes', async (request) => {
      const { workspace } = request.query as { workspace?: string };
      // expect: unscoped-tenant-query
      return Shipment.aggregate([
        { $match: { workspaceId: new Types.ObjectId(workspace ?? request.user.workspaceId) } },
        { $group: { _id: '$carrierId', loads: { $sum: 1 } } },
      ]);
    });

    // ok: missing-auth
    secured.get('/quotes/:id/margin', async (request, reply) => {
      const { id } = request.params as { id: string };
      // ok: unscoped-tenant-query
      const quote = await Quote.findOne(inWorkspace(request, { _id: id })).select('priceCents marginPct');
      if (!quote) return reply.code(404).send({ error: 'Not found' });
      return quote;
    });
  });

  // expect: missing-auth
  fastify.get('/shipments/late', async () => {
    return Shipment.find({ eta: { $lt: new Date() }, status: { $ne: 'delivered' } }).select('trackingNumber eta consignee').limit(50);
  });
};

export default reportRoutes;
