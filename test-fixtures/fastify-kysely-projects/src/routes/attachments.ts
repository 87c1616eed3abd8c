import type { FastifyPluginAsync } from 'fastify';
import multipart from '@fastify/multipart';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { db } from '../db';

const ALLOWED = new Set(['image/png', 'image/jpeg', 'application/pdf']);

const attachmentRoutes: FastifyPluginAsync = async (fastify) => {
  // expect: unrestricted-upload
  await fastify.register(multipart);

  fastify.addHook('preHandler', fastify.authenticate);

  // ok: missing-rate-limit
  fastify.post<{ Params: { taskId: string } }>('/tasks/:taskId', { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } }, async (request, reply) => {
    const task = await db.selectFrom('tasks').select('id')
      .where('id', '=', request.params.taskId)
      .where('org_id', '=', request.user.orgId)
      .executeTakeFirst();
    if (!task) return reply.code(404).send({ error: 'Not found' });
    const file = await request.file();
    if (!file || !ALLOWED.has(file.mimetype)) return reply.code(415).send({ error: 'Unsupported file type' });
    const id = randomUUID();
    await pipeline(file.file, createWriteStream(`/var/uploads/${id}`));
    await db.insertInto('attachments').values({ id, org_id: request.user.orgId, task_id: task.id, file_name: file.filename, mime: file.mimetype }).execute();
    return reply.code(201).send({ id });
  });

  // avatars: no type check before the bytes are stored, and no limiter
  // expect: missing-rate-limit
  fastify.post('/avatar', async (request, reply) => {
    // expect: unrestricted-upload
    const file = await request.file();
    if (!file) return reply.code(400).send({ error: 'No file' });
    await pipeline(file.file, createWriteStream(`/var/avatars/${request.user.sub}`));
    return { ok: true };
  });

  fastify.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    const row = await db.selectFrom('attachments').selectAll().where('id', '=', request.params.id).executeTakeFirst();
    return row ?? reply.code(404).send({ error: 'Not found' });
  });
};

export default attachmentRoutes;
