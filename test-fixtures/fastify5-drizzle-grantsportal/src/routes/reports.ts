import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { desc, eq, sql } from 'drizzle-orm';
import { applications, db, payouts } from '../db';

const WorkspaceQuery = z.object({ workspaceId: z.string().uuid() });

// dashboards for the funders' board: embedded in the reporting iframe
const reportRoutes: FastifyPluginAsyncZod = async (fastify) => {
  // expect: missing-auth
  fastify.get('/funding-summary', { schema: { querystring: WorkspaceQuery } }, async (request) => {
    return db
      .select({ status: applications.status, requested: sql<number>`sum(${applications.requestedCents})` })
      .from(applications)
      .where(eq(applications.workspaceId, request.query.workspaceId))
      .groupBy(applications.status);
  });

  // expect: missing-auth
  fastify.get('/payouts', { schema: { querystring: WorkspaceQuery } }, async (request) => {
    return db
      .select()
      .from(payouts)
      .where(eq(payouts.workspaceId, request.query.workspaceId))
      .orderBy(desc(payouts.createdAt));
  });
};

export default reportRoutes;
