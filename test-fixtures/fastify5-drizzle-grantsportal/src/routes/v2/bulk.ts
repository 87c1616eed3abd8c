import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { applications, db, grants } from '../../db';

const currentWorkspace = (request: FastifyRequest) => request.user.workspaceId;

const bulkRoutes: FastifyPluginAsyncZod = async (fastify) => {
  // ok: missing-auth
  fastify.get('/grants/:id/full', { schema: { params: z.object({ id: z.string().uuid() }) } }, async (request, reply) => {
    const ws = currentWorkspace(request);
    // ok: unscoped-tenant-query
    const grant = await db.query.grants.findFirst({
      where: and(eq(grants.id, request.params.id), eq(grants.workspaceId, ws)),
      with: { applications: true },
    });
    return grant ?? reply.callNotFound();
  });

  // ok: missing-input-validation
  fastify.post('/applications/archive', { schema: { body: z.object({ ids: z.array(z.string().uuid()).max(200) }) } }, async (request) => {
    // expect: unscoped-tenant-query
    const archived = await db.update(applications).set({ status: 'archived' }).where(inArray(applications.id, request.body.ids)).returning({ id: applications.id });
    return { archived: archived.length };
  });

  // ok: missing-auth
  fastify.get('/payouts/:id/raw', { schema: { params: z.object({ id: z.string().uuid() }) } }, async (request) => {
    // expect: unscoped-tenant-query
    const result = await db.execute(sql`select * from payouts where id = ${request.params.id}`);
    return result.rows[0] ?? null;
  });

  fastify.post('/grants/:id/duplicate', { schema: { params: z.object({ id: z.string().uuid() }) } }, async (request, reply) => {
    try {
      // ok: unscoped-tenant-query
      const [source] = await db.select().from(grants).where(and(eq(grants.id, request.params.id), eq(grants.workspaceId, request.user.workspaceId)));
      if (!source) return reply.callNotFound();
      const { id: _id, createdAt: _c, ...copy } = source;
      const [dup] = await db.insert(grants).values({ ...copy, slug: `${copy.slug}-copy`, status: 'draft' }).returning();
      return reply.code(201).send(dup);
    } catch (err) {
      if ((err as { code?: string }).code === '23505') {
        // ok: error-details-leak
        return reply.code(409).send({ error: (err as Error).message });
      }
      request.log.error({ err }, 'duplicate failed');
      // (an Error handed to reply.send goes to the scope's setErrorHandler: the leak is reported there, in v2/index.ts)
      // ok: error-details-leak
      return reply.code(500).send(err);
    }
  });
};

export default bulkRoutes;
