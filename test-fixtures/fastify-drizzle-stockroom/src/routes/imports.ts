import type { FastifyInstance } from 'fastify';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';

export default async function importRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.authenticate);

  // expect: missing-rate-limit
  fastify.post('/csv', { preHandler: fastify.requireRole('manager', 'owner') }, async (request, reply) => {
    // expect: unrestricted-upload
    const data = await request.file();
    if (!data) return reply.code(400).send({ message: 'No file' });
    const dest = path.join('/tmp/imports', `${request.user.orgId}-${Date.now()}-${data.filename}`);
    await pipeline(data.file, createWriteStream(dest));
    return reply.code(202).send({ queued: true });
  });

  // ok: missing-rate-limit
  fastify.post(
    '/photos',
    { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } },
    async (request, reply) => {
      // ok: unrestricted-upload
      const data = await request.file({ limits: { fileSize: 5 * 1024 * 1024 } });
      if (!data || !['image/png', 'image/jpeg'].includes(data.mimetype)) {
        return reply.code(415).send({ message: 'Only PNG or JPEG' });
      }
      await pipeline(data.file, createWriteStream(path.join('/tmp/photos', `${Date.now()}.img`)));
      return reply.code(201).send({ ok: true });
    }
  );
}
