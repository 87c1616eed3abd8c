import type { FastifyPluginAsync } from 'fastify';
import { requireOrganizer } from '../lib/auth.js';
import { Event } from '../models/Event.js';

const createEventBody = {
  type: 'object',
  required: ['title', 'slug', 'startsAt'],
  properties: {
    title: { type: 'string', minLength: 3, maxLength: 140 },
    slug: { type: 'string', pattern: '^[a-z0-9-]+$' },
    venue: { type: 'string', maxLength: 200 },
    startsAt: { type: 'string', format: 'date-time' },
    capacity: { type: 'integer', minimum: 1 },
    priceCents: { type: 'integer', minimum: 0 },
  },
  additionalProperties: false,
} as const;

type EventParams = { id: string };

const eventRoutes: FastifyPluginAsync = async (app) => {
  app.get('/', { preHandler: requireOrganizer }, async (request) => {
    // ok: unscoped-tenant-query
    return Event.find({ organizer: request.organizerId }).sort({ startsAt: 1 }).lean();
  });

  // ok: missing-input-validation
  app.post('/', { preHandler: [requireOrganizer], schema: { body: createEventBody } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const event = await Event.create({ ...(request.body as object), organizer: request.organizerId });
    return reply.code(201).send(event);
  });

  app.get<{ Params: EventParams }>('/:id', { preHandler: requireOrganizer }, async (request, reply) => {
    // expect: unscoped-tenant-query
    const event = await Event.findById(request.params.id).lean();
    if (!event) return reply.code(404).send({ error: 'Not found' });
    return event;
  });

  // expect: missing-input-validation
  app.patch<{ Params: EventParams; Body: Record<string, unknown> }>('/:id', { preHandler: requireOrganizer }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const event = await Event.findOneAndUpdate(
      { _id: request.params.id, organizer: request.organizerId },
      { $set: request.body },
      { new: true },
    );
    if (!event) return reply.code(404).send({ error: 'Not found' });
    return event;
  });

  app.post<{ Params: EventParams }>('/:id/publish', { preHandler: requireOrganizer }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const event = await Event.findById(request.params.id);
    if (!event || String(event.organizer) !== request.organizerId) return reply.code(404).send({ error: 'Not found' });
    event.status = 'published';
    await event.save();
    return event;
  });

  // the preHandler was dropped when this route was copied from the staff tools
  // expect: missing-auth
  app.delete<{ Params: EventParams }>('/:id', async (request, reply) => {
    await Event.deleteOne({ _id: request.params.id });
    return reply.code(204).send();
  });
};

export default eventRoutes;
