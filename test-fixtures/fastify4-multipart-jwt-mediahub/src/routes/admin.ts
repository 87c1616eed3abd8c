import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { prisma } from '../lib/prisma.js';

async function ownerOnly(request: FastifyRequest, reply: FastifyReply) {
  if (request.user.role !== 'owner') return reply.code(403).send({ error: 'Owners only' });
}

export const adminRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.setErrorHandler(async (error, request, reply) => {
    request.log.warn({ err: error }, 'admin request failed');
    reply.code(error.statusCode ?? 500);
    // expect: error-details-leak
    return { error: error.message, code: error.code };
  });

  // ok: missing-role-check, missing-input-validation
  app.patch<{ Params: { userId: string }; Body: { role: 'editor' | 'owner' } }>('/members/:userId/role', {
    preHandler: ownerOnly,
    schema: { body: { type: 'object', required: ['role'], properties: { role: { enum: ['editor', 'owner'] } }, additionalProperties: false } },
  }, async (request) => {
    // ok: unscoped-tenant-query
    await prisma.user.updateMany({ where: { id: request.params.userId, workspaceId: request.user.workspaceId }, data: { role: request.body.role } });
    return { ok: true };
  });

  // ok: missing-role-check
  // expect: missing-input-validation
  app.put<{ Body: { name: string } }>('/workspace', { preHandler: ownerOnly }, async (request) => {
    try {
      // ok: unscoped-tenant-query
      return await prisma.workspace.update({ where: { id: request.user.workspaceId }, data: { name: request.body.name } });
    } catch (e) {
      // expect: error-details-leak
      return { error: (e as Error).message };
    }
  });

  // ok: missing-role-check
  app.get('/members', { preHandler: ownerOnly }, async (request) => {
    // ok: unscoped-tenant-query
    return prisma.user.findMany({ where: { workspaceId: request.user.workspaceId }, select: { id: true, email: true, role: true } });
  });

  // expect: missing-role-check
  app.delete<{ Params: { userId: string } }>('/members/:userId', async (request, reply) => {
    // ok: unscoped-tenant-query
    await prisma.user.deleteMany({ where: { id: request.params.userId, workspaceId: request.user.workspaceId } });
    return reply.code(204).send();
  });

  // ok: missing-role-check
  // expect: missing-rate-limit
  app.get('/export.csv', { preHandler: ownerOnly }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const rows = await prisma.media.findMany({ where: { workspaceId: request.user.workspaceId } });
    reply.header('Content-Type', 'text/csv');
    return rows.map((m) => `${m.id},${m.kind},${m.bytes}`).join('\n');
  });
};
