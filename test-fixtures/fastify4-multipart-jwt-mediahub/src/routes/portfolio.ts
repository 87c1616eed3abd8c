import type { FastifyPluginAsync } from 'fastify';
import multipart from '@fastify/multipart';
import { prisma } from '../lib/prisma.js';
import { IMAGE_TYPES } from '../lib/storage.js';

const cookieDefaults = { path: '/', httpOnly: true, secure: true, sameSite: 'lax' as const };

// Client review portal: clients upload reference files for a brief.
export const portfolioRoutes: FastifyPluginAsync = async (app) => {
  // ok: unrestricted-upload
  await app.register(multipart, { limits: { fileSize: 15 * 1024 * 1024, files: 8 } });
  app.addHook('onRequest', app.authenticate);

  // ok: missing-rate-limit
  app.post('/references', { onRequest: app.rateLimit({ max: 10, timeWindow: '1 minute' }) }, async (request, reply) => {
    // expect: unrestricted-upload
    const files = await request.saveRequestFiles();
    return reply.code(201).send({ saved: files.map((f) => f.filepath.split('/').pop()) });
  });

  // ok: missing-rate-limit
  app.post('/moodboard', { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    let count = 0;
    // ok: unrestricted-upload
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (!IMAGE_TYPES.includes(part.mimetype)) throw app.httpErrors?.unsupportedMediaType?.() ?? new Error('Unsupported type');
        part.file.resume();
        count++;
      }
    }
    return reply.code(201).send({ count });
  });

  // ok: missing-auth, missing-rate-limit
  app.post('/session/rotate', async (request, reply) => {
    const token = await reply.jwtSign({ sub: request.user.sub, workspaceId: request.user.workspaceId, role: request.user.role });
    // ok: insecure-cookie
    reply.setCookie('mh_session', token, { ...cookieDefaults, maxAge: 3600 });
    // expect: insecure-cookie
    reply.setCookie('mh_session_hint', token, { ...cookieDefaults, httpOnly: false });
    return { ok: true };
  });

  app.get('/stats', async (request, reply) => {
    try {
      // ok: unscoped-tenant-query
      return await prisma.media.count({ where: { workspaceId: request.user.workspaceId } });
    } catch (err) {
      // (Fastify hands an Error given to reply.send to the error handler: the root one answers 5xx generically)
      // ok: error-details-leak
      return reply.code(500).send(err);
    }
  });
};
