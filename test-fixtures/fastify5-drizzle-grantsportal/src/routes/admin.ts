import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, desc, eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { apiKeys, auditEvents, db } from '../db';
import { sha256 } from '../lib/passwords';

const adminRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  fastify.addHook('preHandler', fastify.requireRole('owner', 'admin'));

  // ok: missing-auth, missing-role-check
  fastify.get('/audit-events', { schema: { querystring: z.object({ before: z.coerce.date().optional() }) } }, async (request) => {
    // ok: unscoped-tenant-query
    return db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.workspaceId, request.user.workspaceId))
      .orderBy(desc(auditEvents.createdAt))
      .limit(200);
  });

  // ok: missing-auth, missing-role-check
  fastify.get('/api-keys', async (request) => {
    return db
      .select({ id: apiKeys.id, name: apiKeys.name, lastFour: apiKeys.lastFour, createdAt: apiKeys.createdAt })
      .from(apiKeys)
      .where(eq(apiKeys.workspaceId, request.user.workspaceId));
  });

  // ok: missing-role-check, missing-input-validation
  fastify.post('/api-keys', { schema: { body: z.object({ name: z.string().min(1).max(60) }) } }, async (request, reply) => {
    const secret = `gp_${randomBytes(24).toString('base64url')}`;
    const [key] = await db
      .insert(apiKeys)
      .values({ name: request.body.name, workspaceId: request.user.workspaceId, keyHash: sha256(secret), lastFour: secret.slice(-4) })
      .returning({ id: apiKeys.id });
    // ok: token-logging
    request.log.info({ keyId: key.id, lastFour: secret.slice(-4) }, 'api key created');
    return reply.code(201).send({ id: key.id, secret });
  });

  // ok: missing-role-check
  fastify.delete('/api-keys/:keyId', { schema: { params: z.object({ keyId: z.string().uuid() }) } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await db.delete(apiKeys).where(and(eq(apiKeys.id, request.params.keyId), eq(apiKeys.workspaceId, request.user.workspaceId)));
    return reply.code(204).send();
  });
};

export default adminRoutes;
