import type { FastifyPluginAsync } from 'fastify';
import multipart from '@fastify/multipart';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { nanoid } from 'nanoid';
import { prisma } from '../lib/prisma.js';
import { IMAGE_TYPES, workspaceDir } from '../lib/storage.js';

export const mediaRoutes: FastifyPluginAsync = async (app) => {
  // ok: unrestricted-upload
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 5 } });
  app.addHook('onRequest', app.authenticate);

  // ok: missing-auth, unscoped-tenant-query
  app.get('/', async (request) => {
    return prisma.media.findMany({ where: { workspaceId: request.user.workspaceId }, orderBy: { createdAt: 'desc' }, take: 50 });
  });

  // ok: missing-rate-limit
  app.post('/images', { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } }, async (request, reply) => {
    // ok: unrestricted-upload
    const data = await request.file();
    if (!data) return reply.code(400).send({ error: 'No file' });
    if (!IMAGE_TYPES.includes(data.mimetype)) return reply.code(415).send({ error: 'Unsupported type' });
    const storageKey = `${nanoid()}${path.extname(data.filename).toLowerCase()}`;
    await pipeline(data.file, fs.createWriteStream(path.join(workspaceDir(request.user.workspaceId), storageKey)));
    const media = await prisma.media.create({ data: { workspaceId: request.user.workspaceId, storageKey, kind: 'image' } });
    return reply.code(201).send(media);
  });

  // Attachments keep their original name so editors recognise them in the file browser.
  // expect: missing-rate-limit
  app.post('/attachments', async (request, reply) => {
    // expect: unrestricted-upload
    const data = await request.file();
    if (!data) return reply.code(400).send({ error: 'No file' });
    const target = path.join(workspaceDir(request.user.workspaceId), data.filename);
    await pipeline(data.file, fs.createWriteStream(target));
    const media = await prisma.media.create({ data: { workspaceId: request.user.workspaceId, storageKey: target, kind: 'attachment' } });
    return reply.code(201).send({ id: media.id });
  });

  app.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // ok: unscoped-tenant-query
    const media = await prisma.media.findFirst({ where: { id: request.params.id, workspaceId: request.user.workspaceId } });
    return media ?? reply.code(404).send({ error: 'Not found' });
  });

  app.delete<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    await prisma.media.delete({ where: { id: request.params.id } });
    return reply.code(204).send();
  });
};
