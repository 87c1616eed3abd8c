import type { FastifyPluginAsync } from 'fastify';
import cors from '@fastify/cors';
import { Shipment } from '../models/index.js';
import { estimateCents } from '../lib/pricing.js';

// embedded on customers' sites: anyone with a tracking number sees where the load is
const trackingRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: cors-wildcard
  await fastify.register(cors, { origin: '*' });

  // ok: missing-auth
  fastify.get('/estimate', {
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: { querystring: { type: 'object', required: ['mode', 'km'], properties: { mode: { type: 'string' }, km: { type: 'number' }, kg: { type: 'number' } } } },
  }, async (request) => {
    const { mode, km, kg } = request.query as { mode: string; km: number; kg?: number };
    return { estimateCents: estimateCents(mode, km, kg ?? 0) };
  });

  // ok: missing-auth
  fastify.get('/track/:trackingNumber', { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } }, async (request, reply) => {
    const { trackingNumber } = request.params as { trackingNumber: string };
    const shipment = await Shipment.findOne({ trackingNumber }).select('status eta events.at events.code -_id').lean();
    if (!shipment) return reply.code(404).send({ error: 'Unknown tracking number' });
    return shipment;
  });
};

export default trackingRoutes;
