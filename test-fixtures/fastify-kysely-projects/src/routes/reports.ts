import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db';

// registered before requireSession in the v2 scope: nothing authenticates these
const reportRoutes: FastifyPluginAsync = async (fastify) => {
  // expect: missing-auth
  fastify.get<{ Querystring: { org: string } }>('/workload', async (request) => {
    return db.selectFrom('tasks')
      .select(['assignee_id', 'status', 'title'])
      .where('org_id', '=', request.query.org)
      .execute();
  });
};

export default reportRoutes;
