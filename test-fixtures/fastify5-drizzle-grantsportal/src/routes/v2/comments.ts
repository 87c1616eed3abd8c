import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { applications, db, reviews } from '../../db';
import { assertApplicationInWorkspace } from '../../services/applications';

const Params = z.object({ applicationId: z.string().uuid() });

const commentRoutes: FastifyPluginAsyncZod = async (fastify) => {
  // ok: missing-auth
  fastify.get('/:applicationId', { schema: { params: Params } }, async (request) => {
    await assertApplicationInWorkspace(request.user.workspaceId, request.params.applicationId);
    // ok: unscoped-tenant-query
    return db.select().from(reviews).where(eq(reviews.applicationId, request.params.applicationId));
  });

  // ok: missing-auth
  fastify.get('/by-workspace/:applicationId', { schema: { params: Params } }, async (request) => {
    const workspaceId = (request.headers['x-workspace-id'] as string | undefined) ?? request.user.workspaceId;
    // expect: unscoped-tenant-query
    return db
      .select()
      .from(applications)
      .where(and(eq(applications.id, request.params.applicationId), eq(applications.workspaceId, workspaceId)));
  });

  // expect: missing-auth
  fastify.get('/preview/:applicationId', { config: { public: true }, schema: { params: Params } }, async (request) => {
    return db.select().from(reviews).where(eq(reviews.applicationId, request.params.applicationId));
  });

  // ok: missing-auth
  fastify.get('/ping', { config: { public: true } }, async () => ({ pong: true }));
};

export default commentRoutes;
