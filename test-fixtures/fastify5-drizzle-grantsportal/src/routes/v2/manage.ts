import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import jwt from 'jsonwebtoken';
import { and, eq } from 'drizzle-orm';
import { db, grants, users } from '../../db';

const manageRoutes: FastifyPluginAsyncZod = async (fastify) => {
  // ok: missing-role-check
  fastify.delete('/users/:userId', { schema: { params: z.object({ userId: z.string().uuid() }) } }, async (request, reply) => {
    if (request.user.role !== 'owner') return reply.code(403).send({ error: 'owners only' });
    // ok: unscoped-tenant-query
    await db.delete(users).where(and(eq(users.id, request.params.userId), eq(users.workspaceId, request.user.workspaceId)));
    return reply.code(204).send();
  });

  // expect: missing-role-check
  fastify.post('/grants/:grantId/close', { schema: { params: z.object({ grantId: z.string().uuid() }) } }, async (request) => {
    // ok: unscoped-tenant-query
    await db
      .update(grants)
      .set({ status: 'closed' })
      .where(and(eq(grants.id, request.params.grantId), eq(grants.workspaceId, request.user.workspaceId)));
    // expect: token-logging
    request.log.info({ authorization: request.headers.authorization }, 'grant closed');
    return { ok: true };
  });

  // expect: missing-rate-limit
  fastify.get('/export', { config: { rateLimit: false }, preHandler: fastify.requireRole('owner') }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(grants).where(eq(grants.workspaceId, request.user.workspaceId));
    return reply.type('application/json').header('content-disposition', 'attachment; filename="grants.json"').send(rows);
  });

  // ok: missing-role-check
  fastify.post('/partner-link', { preHandler: fastify.requireRole('owner', 'admin') }, async (request, reply) => {
    const partnerToken = request.headers['x-partner-token'] as string;
    // expect: insecure-jwt
    const claims = jwt.decode(partnerToken) as { partnerId: string; workspaceId: string } | null;
    if (!claims || claims.workspaceId !== request.user.workspaceId) return reply.code(400).send({ error: 'bad_token' });
    return { linked: claims.partnerId };
  });

  // ok: missing-rate-limit, missing-role-check
  fastify.post('/logo', { config: { rateLimit: { max: 10, timeWindow: '1 hour' } }, preHandler: fastify.requireRole('owner', 'admin') }, async (request, reply) => {
    // ok: unrestricted-upload
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      if (!['image/png', 'image/svg+xml'].includes(part.mimetype) || part.mimetype === 'image/svg+xml') {
        return reply.code(415).send({ error: 'png only' });
      }
      await part.toBuffer();
    }
    return { ok: true };
  });
};

export default manageRoutes;
