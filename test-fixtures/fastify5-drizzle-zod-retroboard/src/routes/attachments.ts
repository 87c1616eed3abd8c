import type { FastifyPluginAsync } from 'fastify';
import multipart from '@fastify/multipart';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db, attachments, cards } from '../db/index.js';
import { putObject } from '../services/storage.js';

const attachmentRoutes: FastifyPluginAsync = async (fastify) => {
  // expect: unrestricted-upload
  await fastify.register(multipart);
  fastify.addHook('onRequest', fastify.authenticate);

  // expect: missing-rate-limit
  fastify.post('/cards/:cardId/attachments', async (request, reply) => {
    const { cardId } = request.params as { cardId: string };
    const [card] = await db.select().from(cards).where(and(eq(cards.id, cardId), eq(cards.workspaceId, request.user.ws)));
    if (!card) return reply.code(404).send({ error: 'not found' });
    // expect: unrestricted-upload
    const file = await request.file();
    if (!file) return reply.code(400).send({ error: 'no file' });
    const buffer = await file.toBuffer();
    const storageKey = `${request.user.ws}/${randomUUID()}-${file.filename}`;
    await putObject(storageKey, buffer, file.mimetype);
    const [row] = await db.insert(attachments).values({ workspaceId: request.user.ws, cardId: card.id, storageKey, sizeBytes: buffer.length }).returning();
    return reply.code(201).send(row);
  });

  fastify.get('/attachments/:attachmentId', async (request, reply) => {
    const { attachmentId } = request.params as { attachmentId: string };
    // expect: unscoped-tenant-query
    const [row] = await db.select().from(attachments).where(eq(attachments.id, attachmentId));
    if (!row) return reply.code(404).send({ error: 'not found' });
    return row;
  });
};

export default attachmentRoutes;
