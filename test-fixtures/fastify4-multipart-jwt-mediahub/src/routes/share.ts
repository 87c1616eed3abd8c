import type { FastifyPluginAsync } from 'fastify';
import { prisma } from '../lib/prisma.js';

// Share links: /share/<token>, the token names one media item.
export const shareRoutes: FastifyPluginAsync = async (app) => {
  // ok: missing-auth
  app.get<{ Params: { token: string } }>('/:token', async (request, reply) => {
    const claims = app.jwt.verify<{ mediaId: string; workspaceId: string }>(request.params.token);
    // ok: unscoped-tenant-query
    const media = await prisma.media.findFirst({ where: { id: claims.mediaId, workspaceId: claims.workspaceId } });
    return media ?? reply.code(404).send({ error: 'Link expired' });
  });

  // old links minted before the signing change: "just read the id out of it"
  // expect: missing-auth
  app.get<{ Params: { token: string } }>('/legacy/:token', async (request, reply) => {
    // expect: insecure-jwt
    const claims = app.jwt.decode<{ mediaId: string }>(request.params.token);
    if (!claims) return reply.code(404).send({ error: 'Bad link' });
    const media = await prisma.media.findUnique({ where: { id: claims.mediaId } });
    return media ?? reply.code(404).send({ error: 'Not found' });
  });
};
