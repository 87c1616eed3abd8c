import type { FastifyPluginAsync } from 'fastify';
import { Carrier } from '../models/index.js';

const carrierRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('preHandler', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/', async (request) => {
    const { q } = request.query as { q?: string };
    const where: Record<string, unknown> = { workspaceId: request.user.workspaceId };
    if (q) where.name = { $regex: q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), $options: 'i' };
    // ok: unscoped-tenant-query
    return Carrier.find(where).sort({ name: 1 });
  });

  // ok: missing-auth
  fastify.get('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    const carrier = await Carrier.findById(id);
    if (!carrier || carrier.workspaceId.toString() !== request.user.workspaceId) return reply.code(404).send({ error: 'Carrier not found' });
    return carrier;
  });

  // expect: missing-input-validation
  fastify.put('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    const carrier = await Carrier.findOneAndUpdate({ _id: id, workspaceId: request.user.workspaceId }, request.body as object, { new: true });
    if (!carrier) return reply.code(404).send({ error: 'Carrier not found' });
    return carrier;
  });

  // ok: missing-auth
  fastify.delete('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    // expect: unscoped-tenant-query
    await Carrier.findByIdAndDelete(id);
    return reply.code(204).send();
  });
};

export default carrierRoutes;
