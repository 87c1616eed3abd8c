import type { FastifyPluginAsync } from 'fastify';
import { Company } from '../models/Company.js';
import { User, ROLES, type Role } from '../models/User.js';

const adminRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // Platform operators only.
  // ok: missing-role-check
  fastify.get('/companies', { onRequest: [fastify.requireRole('superadmin')] }, async () => {
    // ok: unscoped-tenant-query
    return Company.find().sort({ createdAt: -1 }).limit(500);
  });

  // Company managers manage their own staff.
  // ok: missing-role-check
  fastify.get('/users', { preHandler: [fastify.requireRole('manager', 'superadmin')] }, async (request) => {
    // ok: unscoped-tenant-query
    return User.find({ company: request.user.company }).select('-passwordHash -resetTokenHash');
  });

  // expect: missing-role-check
  fastify.put('/users/:userId/role', {
    schema: {
      body: { type: 'object', required: ['role'], properties: { role: { type: 'string', enum: [...ROLES] } } },
    },
  }, async (request, reply) => {
    const { userId } = request.params as { userId: string };
    const { role } = request.body as { role: Role };
    // ok: unscoped-tenant-query
    const user = await User.findOneAndUpdate({ _id: userId, company: request.user.company }, { role }, { new: true });
    if (!user) return reply.code(404).send({ error: 'Not found' });
    return { id: user._id, role: user.role };
  });

  // expect: missing-role-check
  fastify.delete('/users/:userId', async (request, reply) => {
    const { userId } = request.params as { userId: string };
    // ok: unscoped-tenant-query
    await User.deleteOne({ _id: userId, company: request.user.company });
    return reply.code(204).send();
  });

  // ok: missing-role-check
  fastify.get('/stats', async (request, reply) => {
    if (request.user.role !== 'superadmin') {
      return reply.code(403).send({ error: 'Forbidden' });
    }
    const [companies, users] = await Promise.all([Company.countDocuments(), User.countDocuments()]);
    return { companies, users };
  });

  // ok: missing-role-check
  fastify.post('/companies/:companyId/plan', {
    schema: { body: { type: 'object', required: ['plan'], properties: { plan: { type: 'string', enum: ['starter', 'pro', 'enterprise'] } } } },
  }, async (request, reply) => {
    if (!['superadmin'].includes(request.user.role)) return reply.code(403).send({ error: 'Forbidden' });
    const { companyId } = request.params as { companyId: string };
    const { plan } = request.body as { plan: string };
    // ok: unscoped-tenant-query
    await Company.updateOne({ _id: companyId }, { plan });
    return { ok: true };
  });
};

export default adminRoutes;
