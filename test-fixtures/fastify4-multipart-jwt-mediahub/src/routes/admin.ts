import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { prisma } from '../lib/prisma.js';

async function ownerOnly(request: FastifyRequest, reply: FastifyReply) {
  if (request.user.role !== 'owner') return reply.code(403).send({ error: 'Owners only' });
}

export const adminRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate);

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
