import type { FastifyPluginAsync } from 'fastify';
import { Types } from 'mongoose';
import { WorkOrder } from '../models/WorkOrder.js';

const reportRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/by-status', async (request) => {
    // ok: unscoped-tenant-query
    return WorkOrder.aggregate([
      { $match: { company: new Types.ObjectId(request.user.company) } },
      { $group: { _id: '$status', n: { $sum: 1 } } },
    ]);
  });

  fastify.get('/assets/:assetId/costs', async (request) => {
    const { assetId } = request.params as { assetId: string };
    // expect: unscoped-tenant-query
    return WorkOrder.aggregate([
      { $match: { asset: new Types.ObjectId(assetId) } },
      { $group: { _id: '$priority', n: { $sum: 1 } } },
    ]);
  });

  // expect: missing-input-validation
  fastify.post('/bulk-close', { onRequest: [fastify.requireRole('dispatcher', 'manager')] }, async (request) => {
    const { ids, note } = request.body as { ids: string[]; note: string };
    // expect: unscoped-tenant-query
    const result = await WorkOrder.updateMany({ _id: { $in: ids } }, { status: 'done', description: note });
    return { closed: result.modifiedCount };
  });
};

export default reportRoutes;
