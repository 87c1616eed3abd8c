import type { FastifyPluginAsync } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { db, memberDocuments, users } from '../db/index.js';

const STORAGE_DIR = process.env.STORAGE_DIR ?? '/srv/coworking/docs';
const ALLOWED_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

const documentRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth, missing-rate-limit
  fastify.post('/', { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    // ok: unrestricted-upload
    const file = await request.file();
    if (!file) return reply.code(400).send({ error: 'file required' });
    if (!ALLOWED_TYPES.has(file.mimetype)) return reply.code(415).send({ error: 'unsupported type' });
    const storageKey = `${request.user.org}/${randomUUID()}`;
    await pipeline(file.file, createWriteStream(path.join(STORAGE_DIR, storageKey)));
    const [doc] = await db
      .insert(memberDocuments)
      .values({
        organizationId: request.user.org,
        userId: request.user.sub,
        filename: file.filename,
        contentType: file.mimetype,
        storageKey,
      })
      .returning();
    return reply.code(201).send(doc);
  });

  // expect: missing-rate-limit
  fastify.put('/avatar', async (request, reply) => {
    // expect: unrestricted-upload
    const file = await request.file();
    if (!file) return reply.code(400).send({ error: 'file required' });
    const storageKey = `avatars/${request.user.sub}`;
    await pipeline(file.file, createWriteStream(path.join(STORAGE_DIR, storageKey)));
    return reply.code(204).send();
  });

  // ok: missing-auth
  fastify.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // ok: unscoped-tenant-query
    const [doc] = await db
      .select()
      .from(memberDocuments)
      .where(and(eq(memberDocuments.id, request.params.id), eq(memberDocuments.organizationId, request.user.org)));
    if (!doc) return reply.code(404).send({ error: 'not found' });
    return doc;
  });

  // ok: missing-auth
  fastify.get<{ Params: { userId: string } }>('/by-member/:userId', async (request) => {
    // expect: unscoped-tenant-query
    return db.select().from(memberDocuments).where(eq(memberDocuments.userId, request.params.userId));
  });

  // ok: missing-auth
  fastify.get('/team', async (request) => {
    // ok: unscoped-tenant-query
    return db
      .select({ id: memberDocuments.id, filename: memberDocuments.filename, owner: users.name })
      .from(memberDocuments)
      .innerJoin(users, eq(users.id, memberDocuments.userId))
      .where(eq(memberDocuments.organizationId, request.user.org));
  });
};

export default documentRoutes;
