import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db';

// registered after requireSession: its hook runs first
const billingRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.get('/plan', async (request) => {
    // ok: unscoped-tenant-query
    return db.selectFrom('organizations').select(['name', 'plan']).where('id', '=', request.user.orgId).executeTakeFirst();
  });
};

export default billingRoutes;
