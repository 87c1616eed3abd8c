import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, count, eq } from 'drizzle-orm';
import { applications, db, grants } from '../../db';

const badgeRoutes: FastifyPluginAsyncZod = async (fastify) => {
  // ok: missing-auth
  fastify.get('/grants/:slug/count', { schema: { params: z.object({ slug: z.string() }) } }, async (request) => {
    const [row] = await db
      .select({ n: count() })
      .from(grants)
      .where(and(eq(grants.slug, request.params.slug), eq(grants.visibility, 'public')));
    return { open: row?.n ?? 0 };
  });

  // expect: missing-auth
  fastify.get('/grants/:grantId/applicants', { schema: { params: z.object({ grantId: z.string().uuid() }) } }, async (request) => {
    return db
      .select({ name: applications.applicantName, requested: applications.requestedCents })
      .from(applications)
      .where(eq(applications.grantId, request.params.grantId));
  });
};

export default badgeRoutes;
