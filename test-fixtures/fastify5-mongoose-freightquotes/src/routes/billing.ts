import type { FastifyPluginAsync } from 'fastify';
import { Workspace } from '../models/index.js';

const PLANS = [
  { id: 'starter', priceCents: 4900, seats: 3 },
  { id: 'growth', priceCents: 14900, seats: 15 },
];

const billingRoutes: FastifyPluginAsync = async (fastify) => {
  // everything here needs a token except the public plan list
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/billing/plans')) return;
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'Unauthorized' });
    }
  });

  // ok: missing-auth
  fastify.get('/plans', async () => PLANS);

  // ok: missing-auth
  fastify.get('/subscription', async (request) => {
    // ok: unscoped-tenant-query
    return Workspace.findById(request.user.workspaceId).select('plan');
  });

  // (a plan change is no admin operation in the catalog's list: role, user deletion, impersonation, cross-tenant export)
  // ok: missing-auth, missing-input-validation, missing-role-check
  fastify.post('/plan', { schema: { body: { type: 'object', required: ['plan'], properties: { plan: { type: 'string', enum: ['starter', 'growth', 'enterprise'] } } } } }, async (request) => {
    const { plan } = request.body as { plan: string };
    // ok: unscoped-tenant-query
    return Workspace.findByIdAndUpdate(request.user.workspaceId, { plan }, { new: true });
  });
};

export default billingRoutes;
