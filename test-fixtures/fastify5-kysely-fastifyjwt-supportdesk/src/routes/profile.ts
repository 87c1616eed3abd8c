import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { db } from '../db/index.js';

export default async function profileRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return db.selectFrom('users').select(['id', 'email', 'name', 'role']).where('id', '=', request.user.sub).executeTakeFirst();
  });

  // ok: missing-rate-limit
  fastify.post('/avatar', { config: { rateLimit: { max: 5, timeWindow: '1 hour' } } }, async (request) => {
    // expect: unrestricted-upload
    const file = await request.file();
    if (!file) return { ok: false };
    await pipeline(file.file, createWriteStream(`/var/lib/supportdesk/avatars/${request.user.sub}`));
    return { ok: true };
  });

  // expect: missing-input-validation
  fastify.patch<{ Body: { name?: string; email?: string } }>('/', async (request) => {
    await db.updateTable('users').set({ name: request.body.name, email: request.body.email }).where('id', '=', request.user.sub).execute();
    return { ok: true };
  });
}
