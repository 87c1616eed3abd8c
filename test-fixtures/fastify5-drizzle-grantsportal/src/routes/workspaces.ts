import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { db, workspaceSettings, workspaces } from '../db';

const SettingsBody = z.object({
  reviewRounds: z.number().int().min(1).max(5),
  blindReview: z.boolean(),
  notifyEmail: z.string().email().nullable(),
});

const workspaceRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/:workspaceId/settings', { schema: { params: z.object({ workspaceId: z.string().uuid() }) } }, async (request, reply) => {
    // expect: unscoped-tenant-query
    const [settings] = await db.select().from(workspaceSettings).where(eq(workspaceSettings.workspaceId, request.params.workspaceId));
    if (!settings) return reply.callNotFound();
    return settings;
  });

  // ok: missing-input-validation, missing-role-check
  fastify.put('/current/settings', { schema: { body: SettingsBody }, preHandler: fastify.requireRole('owner', 'admin') }, async (request) => {
    const { workspaceId } = request.user;
    // ok: unscoped-tenant-query
    const [settings] = await db
      .insert(workspaceSettings)
      .values({ ...request.body, workspaceId })
      .onConflictDoUpdate({ target: workspaceSettings.workspaceId, set: request.body })
      .returning();
    return settings;
  });

  // expect: missing-input-validation
  fastify.patch('/current/branding', async (request, reply) => {
    const branding = request.body as { name?: string; logoUrl?: string; brandColor?: string };
    // ok: unscoped-tenant-query
    const [ws] = await db.update(workspaces).set(branding).where(eq(workspaces.id, request.user.workspaceId)).returning();
    if (!ws) return reply.callNotFound();
    return ws;
  });
};

export default workspaceRoutes;
