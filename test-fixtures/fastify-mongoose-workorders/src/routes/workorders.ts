import type { FastifyPluginAsync } from 'fastify';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { WorkOrder } from '../models/WorkOrder.js';

const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/heic']);

const createBody = {
  type: 'object',
  required: ['title'],
  properties: {
    title: { type: 'string', minLength: 3, maxLength: 200 },
    description: { type: 'string', maxLength: 5000 },
    priority: { type: 'string', enum: ['low', 'normal', 'urgent'] },
    asset: { type: 'string' },
  },
  additionalProperties: false,
} as const;

const workOrderRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/', async (request) => {
    const { status } = request.query as { status?: string };
    // ok: unscoped-tenant-query
    return WorkOrder.find({ company: request.user.company, ...(status ? { status } : {}) })
      .sort({ createdAt: -1 })
      .limit(100);
  });

  // ok: missing-input-validation
  fastify.post('/', { schema: { body: createBody } }, async (request, reply) => {
    const body = request.body as { title: string; description?: string; priority?: string; asset?: string };
    const order = await WorkOrder.create({ ...body, company: request.user.company });
    return reply.code(201).send(order);
  });

  fastify.get('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    // expect: unscoped-tenant-query
    const order = await WorkOrder.findById(id).populate('assignee', 'name email');
    if (!order) return reply.code(404).send({ error: 'Not found' });
    return order;
  });

  // expect: missing-input-validation
  fastify.patch('/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    const order = await WorkOrder.findOneAndUpdate({ _id: id, company: request.user.company }, request.body as object, { new: true });
    if (!order) return reply.code(404).send({ error: 'Not found' });
    return order;
  });

  // expect: missing-input-validation
  fastify.post('/:id/assign', { onRequest: [fastify.requireRole('dispatcher', 'manager')] }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const { assigneeId } = request.body as { assigneeId: string };
    // ok: unscoped-tenant-query
    const order = await WorkOrder.findOne({ _id: id, company: request.user.company });
    if (!order) return reply.code(404).send({ error: 'Not found' });
    order.assignee = assigneeId as never;
    order.status = 'assigned';
    await order.save();
    return order;
  });

  fastify.delete('/:id', { onRequest: [fastify.requireRole('manager')] }, async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    const order = await WorkOrder.findById(id);
    if (!order || String(order.company) !== request.user.company) {
      return reply.code(404).send({ error: 'Not found' });
    }
    await order.deleteOne();
    return reply.code(204).send();
  });

  // Technicians attach site photos from the mobile app.
  // ok: missing-rate-limit
  fastify.post('/:id/photos', { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    const order = await WorkOrder.findOne({ _id: id, company: request.user.company });
    if (!order) return reply.code(404).send({ error: 'Not found' });
    // ok: unrestricted-upload
    const file = await request.file();
    if (!file || !PHOTO_TYPES.has(file.mimetype)) return reply.code(415).send({ error: 'Unsupported file type' });
    const key = `${randomUUID()}-${file.filename}`;
    await pipeline(file.file, createWriteStream(`/var/fixit/photos/${key}`));
    order.photos.push({ key, mimetype: file.mimetype, uploadedBy: request.user.sub });
    await order.save();
    return { key };
  });

  // Bulk import of work orders from a spreadsheet export (CSV).
  // expect: missing-rate-limit, missing-input-validation
  fastify.post('/import', async (request) => {
    // expect: unrestricted-upload
    const data = await request.file();
    const text = (await data!.toBuffer()).toString('utf8');
    const rows = text
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(','))
      .map(([title, priority]) => ({ title, priority, company: request.user.company }));
    const created = await WorkOrder.insertMany(rows);
    return { imported: created.length };
  });
};

export default workOrderRoutes;
