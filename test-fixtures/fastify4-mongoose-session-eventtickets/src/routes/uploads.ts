import type { FastifyPluginAsync } from 'fastify';
import multipart from '@fastify/multipart';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { nanoid } from 'nanoid';
import { requireOrganizer } from '../lib/auth.js';
import { Event } from '../models/Event.js';

const uploadRoutes: FastifyPluginAsync = async (app) => {
  // expect: unrestricted-upload
  await app.register(multipart);
  app.addHook('preHandler', requireOrganizer);

  // ok: missing-rate-limit
  app.post<{ Params: { eventId: string } }>(
    '/events/:eventId/banner',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      // ok: unscoped-tenant-query
      const event = await Event.findOne({ _id: request.params.eventId, organizer: request.organizerId });
      if (!event) return reply.code(404).send({ error: 'Not found' });
      // expect: unrestricted-upload
      const file = await request.file();
      if (!file) return reply.code(400).send({ error: 'No file' });
      const name = `${nanoid()}-${file.filename}`;
      await pipeline(file.file, createWriteStream(join('uploads', name)));
      event.bannerUrl = `/uploads/${name}`;
      await event.save();
      return { bannerUrl: event.bannerUrl };
    },
  );
};

export default uploadRoutes;
