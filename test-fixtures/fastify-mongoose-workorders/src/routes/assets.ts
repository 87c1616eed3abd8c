import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { Asset } from '../models/Asset.js';
import { WorkOrder } from '../models/WorkOrder.js';

const AssetInput = z.object({
  name: z.string().min(1).max(120),
  serial: z.string().max(80).optional(),
  location: z.string().max(200).optional(),
});

// Routes opt in to auth one by one (the QR-code landing page is public).
const assetRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.get('/', { onRequest: [fastify.authenticate] }, async (request) => {
    // ok: unscoped-tenant-query
    return Asset.find({ company: request.user.company }).sort({ name: 1 });
  });

  // ok: missing-input-validation
  fastify.post('/', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const input = AssetInput.parse(request.body);
    const asset = await Asset.create({ ...input, company: request.user.company });
    return reply.code(201).send(asset);
  });

  // ok: missing-auth
  fastify.get('/:assetId/history', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const { assetId } = request.params as { assetId: string };
    // ok: unscoped-tenant-query
    const asset = await Asset.findOne({ _id: assetId, company: request.user.company }).lean();
    if (!asset) return reply.code(404).send({ error: 'Not found' });
    // ok: unscoped-tenant-query
    const orders = await WorkOrder.find({ asset: asset._id, company: request.user.company }).sort({ createdAt: -1 });
    return { asset, orders };
  });

  // Scanned from the sticker on the machine: shows what is on file for it.
  // expect: missing-auth
  fastify.get('/:assetId/qr', async (request, reply) => {
    const { assetId } = request.params as { assetId: string };
    const asset = await Asset.findById(assetId).lean();
    if (!asset) return reply.code(404).send({ error: 'Not found' });
    const openOrders = await WorkOrder.find({ asset: asset._id, status: { $ne: 'done' } }).select('title status');
    return { name: asset.name, location: asset.location, openOrders };
  });

  fastify.delete('/:assetId', { onRequest: [fastify.authenticate, fastify.requireRole('manager')] }, async (request, reply) => {
    const { assetId } = request.params as { assetId: string };
    // expect: unscoped-tenant-query
    await Asset.findByIdAndDelete(assetId);
    return reply.code(204).send();
  });
};

export default assetRoutes;
