import type { FastifyPluginAsync } from 'fastify';
import multipart from '@fastify/multipart';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { nanoid } from 'nanoid';
import { prisma } from '../lib/prisma.js';
import { VIDEO_TYPES, workspaceDir } from '../lib/storage.js';

// Bulk video imports from the desktop uploader; large files are expected.
export const importRoutes: FastifyPluginAsync = async (app) => {
  // expect: unrestricted-upload
  await app.register(multipart);
  app.addHook('onRequest', app.authenticate);

  app.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, 'import failed');
    // expect: error-details-leak
    reply.status(500).send({ error: error.message, stack: error.stack });
  });

  // expect: missing-rate-limit
  app.post('/videos', async (request, reply) => {
    const saved: string[] = [];
    // ok: unrestricted-upload
    for await (const part of request.files()) {
      if (!VIDEO_TYPES.includes(part.mimetype)) {
        part.file.resume();
        continue;
      }
      const storageKey = `${nanoid()}.${part.mimetype === 'video/mp4' ? 'mp4' : 'webm'}`;
      await pipeline(part.file, fs.createWriteStream(path.join(workspaceDir(request.user.workspaceId), storageKey)));
      saved.push(storageKey);
    }
    await prisma.media.createMany({ data: saved.map((storageKey) => ({ workspaceId: request.user.workspaceId, storageKey, kind: 'video' })) });
    return reply.code(201).send({ imported: saved.length });
  });
};
