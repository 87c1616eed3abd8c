import type { FastifyPluginAsync } from 'fastify';
import { User, Workspace } from '../models/index.js';

const adminRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth, missing-role-check
  fastify.get('/users', { preHandler: [fastify.requireRole('admin')] }, async (request) => {
    // ok: unscoped-tenant-query
    return User.find({ workspaceId: request.user.workspaceId }).select('email name role');
  });

  // ok: missing-auth, missing-input-validation
  // expect: missing-role-check
  fastify.patch('/users/:userId/role', { schema: { body: { type: 'object', required: ['role'], properties: { role: { type: 'string', enum: ['admin', 'broker', 'viewer'] } } } } }, async (request, reply) => {
    const { userId } = request.params as { userId: string };
    const { role } = request.body as { role: string };
    // ok: unscoped-tenant-query
    const user = await User.findOneAndUpdate({ _id: userId, workspaceId: request.user.workspaceId }, { role }, { new: true });
    if (!user) return reply.code(404).send({ error: 'User not found' });
    return { id: user.id, role: user.role };
  });

  // ok: missing-auth, missing-role-check
  fastify.delete('/users/:userId', async (request, reply) => {
    if (request.user.role !== 'admin') return reply.code(403).send({ error: 'Admins only' });
    const { userId } = request.params as { userId: string };
    // ok: unscoped-tenant-query
    await User.deleteOne({ _id: userId, workspaceId: request.user.workspaceId });
    return reply.code(204).send();
  });

  // ok: missing-auth, missing-role-check
  fastify.get('/workspace', { preHandler: [fastify.requireRole('admin')] }, async (request) => {
    return Workspace.findById(request.user.workspaceId);
  });
};

export default adminRoutes;
