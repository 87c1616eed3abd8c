import type { FastifyPluginAsync } from 'fastify';
import { WorkOrder } from '../models/WorkOrder.js';

const historyRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    const order = await WorkOrder.findOne({ _id: id }).populate('asset', 'name serial');
    if (!order || !order.company.equals(request.user.company)) return reply.code(404).send({ error: 'Not found' });
    return { id: order._id, status: order.status, updatedAt: order.get('updatedAt') };
  });
};

export default historyRoutes;
