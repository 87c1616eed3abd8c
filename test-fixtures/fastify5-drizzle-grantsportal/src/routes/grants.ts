import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, desc, eq } from 'drizzle-orm';
import { applications, db, grants } from '../db';
import { getGrant } from '../services/grants';

const GrantParams = z.object({ id: z.string().uuid() });
const ListQuery = z.object({ status: z.enum(['draft', 'open', 'closed']).optional(), limit: z.coerce.number().int().max(100).default(25) });
const GrantBody = z.object({
  title: z.string().min(3).max(140),
  description: z.string().max(20_000).default(''),
  amountCents: z.number().int().positive(),
  deadline: z.coerce.date().optional(),
  visibility: z.enum(['private', 'public']).default('private'),
});

function toCsv(rows: Array<Record<string, unknown>>): string {
  if (rows.length === 0) return '';
  const header = Object.keys(rows[0]);
  return [header.join(','), ...rows.map((r) => header.map((h) => JSON.stringify(r[h] ?? '')).join(','))].join('\n');
}

const grantRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/', { schema: { querystring: ListQuery } }, async (request) => {
    const { workspaceId } = request.user;
    const filters = [eq(grants.workspaceId, workspaceId)];
    if (request.query.status) filters.push(eq(grants.status, request.query.status));
    // ok: unscoped-tenant-query
    return db.select().from(grants).where(and(...filters)).orderBy(desc(grants.createdAt)).limit(request.query.limit);
  });

  // ok: missing-auth
  fastify.get('/:id', { schema: { params: GrantParams } }, async (request, reply) => {
    const grant = await getGrant(request.user.workspaceId, request.params.id);
    if (!grant) return reply.callNotFound();
    return grant;
  });

  // ok: missing-auth, missing-input-validation
  fastify.post('/', { schema: { body: GrantBody }, preHandler: fastify.requireRole('owner', 'admin') }, async (request, reply) => {
    const slug = request.body.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const [grant] = await db.insert(grants).values({ ...request.body, slug, workspaceId: request.user.workspaceId }).returning();
    return reply.code(201).send(grant);
  });

  // ok: missing-input-validation
  fastify.patch('/:id', { schema: { params: GrantParams, body: GrantBody.partial() } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const [updated] = await db
      .update(grants)
      .set(request.body)
      .where(and(eq(grants.id, request.params.id), eq(grants.workspaceId, request.user.workspaceId)))
      .returning();
    if (!updated) return reply.callNotFound();
    return updated;
  });

  fastify.post('/:id/publish', { schema: { params: GrantParams } }, async (request) => {
    // expect: unscoped-tenant-query
    const [published] = await db
      .update(grants)
      .set({ status: 'open', publishedAt: new Date() })
      .where(eq(grants.id, request.params.id))
      .returning();
    return published;
  });

  fastify.delete('/:id', { schema: { params: GrantParams }, preHandler: [fastify.requireRole('owner')] }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await db.delete(grants).where(and(eq(grants.id, request.params.id), eq(grants.workspaceId, request.user.workspaceId)));
    return reply.code(204).send();
  });

  fastify.get('/:id/applications', { schema: { params: GrantParams } }, async (request, reply) => {
    const grant = await getGrant(request.user.workspaceId, request.params.id);
    if (!grant) return reply.callNotFound();
    // ok: unscoped-tenant-query
    return db.select().from(applications).where(eq(applications.grantId, grant.id)).orderBy(desc(applications.submittedAt));
  });

  // expect: missing-rate-limit
  fastify.get('/:id/export.csv', { schema: { params: GrantParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const rows = await db
      .select()
      .from(applications)
      .where(and(eq(applications.grantId, request.params.id), eq(applications.workspaceId, request.user.workspaceId)));
    return reply.header('content-type', 'text/csv').header('content-disposition', 'attachment; filename="applications.csv"').send(toCsv(rows));
  });
};

export default grantRoutes;
