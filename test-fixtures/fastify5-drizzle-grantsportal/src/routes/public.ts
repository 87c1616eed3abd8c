import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, count, desc, eq } from 'drizzle-orm';
import { applications, db, grants } from '../db';

export const healthRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.get('/healthz', async () => ({ status: 'ok', uptime: process.uptime() }));
};

export const publicRoutes: FastifyPluginAsyncZod = async (fastify) => {
  // ok: missing-auth
  fastify.get('/calls', async () => {
    return db
      .select({ id: grants.id, title: grants.title, slug: grants.slug, amountCents: grants.amountCents, deadline: grants.deadline })
      .from(grants)
      .where(eq(grants.visibility, 'public'))
      .orderBy(desc(grants.publishedAt));
  });

  // ok: missing-auth
  fastify.get('/calls/:slug', { schema: { params: z.object({ slug: z.string() }) } }, async (request, reply) => {
    const [call] = await db
      .select()
      .from(grants)
      .where(and(eq(grants.slug, request.params.slug), eq(grants.visibility, 'public')))
      .limit(1);
    if (!call) return reply.callNotFound();
    return call;
  });

  // ok: missing-auth
  fastify.get('/stats', async () => {
    const [{ n }] = await db.select({ n: count() }).from(grants);
    return { grantsPublished: n };
  });

  // expect: missing-auth
  fastify.get('/applications/:id/status', { schema: { params: z.object({ id: z.string().uuid() }) } }, async (request, reply) => {
    const app = await db.query.applications.findFirst({
      where: eq(applications.id, request.params.id),
      columns: { status: true, applicantName: true, requestedCents: true, submittedAt: true },
    });
    if (!app) return reply.callNotFound();
    return app;
  });
};
