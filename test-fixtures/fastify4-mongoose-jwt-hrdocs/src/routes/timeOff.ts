import type { FastifyPluginAsync } from 'fastify';
import { TimeOff } from '../models/TimeOff.js';
import { Employee } from '../models/Employee.js';
import { TimeOffService } from '../lib/timeOffService.js';
import { storeFile } from '../lib/storage.js';

const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

const timeOffRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.route({
    method: 'GET',
    url: '/',
    onRequest: [fastify.authenticate],
    handler: async (request) => new TimeOffService(request.user).list(),
  });

  // ok: missing-auth
  fastify.route<{ Params: { id: string } }>({
    method: 'GET',
    url: '/:id',
    onRequest: [fastify.authenticate],
    handler: async (request, reply) => {
      const item = await new TimeOffService(request.user).get(request.params.id);
      return item ?? reply.code(404).send({ error: 'Not found' });
    },
  });

  // ok: missing-auth, missing-input-validation, missing-role-check
  fastify.route<{ Params: { id: string }; Body: { status: 'approved' | 'rejected' } }>({
    method: 'POST',
    url: '/:id/decision',
    onRequest: [fastify.authenticate],
    preHandler: [fastify.requireRole('manager', 'hr_admin', 'owner')],
    schema: { body: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['approved', 'rejected'] } } } },
    handler: async (request, reply) => {
      const item = await new TimeOffService(request.user).decide(request.params.id, request.body.status);
      return item ?? reply.code(404).send({ error: 'Not found' });
    },
  });

  // ok: missing-auth, missing-input-validation
  fastify.post<{ Body: { employeeId: string; from: string; to: string; reason?: string } }>('/', {
    onRequest: [fastify.authenticate],
    schema: {
      body: {
        type: 'object',
        required: ['employeeId', 'from', 'to'],
        additionalProperties: false,
        properties: {
          employeeId: { type: 'string', pattern: '^[a-f0-9]{24}$' },
          from: { type: 'string', format: 'date' },
          to: { type: 'string', format: 'date' },
          reason: { type: 'string', maxLength: 500 },
        },
      },
    },
  }, async (request, reply) => {
    try {
      // ok: unscoped-tenant-query
      const employee = await Employee.findOne({ _id: request.body.employeeId, company: request.user.company });
      if (!employee) return reply.code(404).send({ error: 'Employee not found' });
      const item = await TimeOff.create({ ...request.body, employee: employee._id, company: request.user.company });
      return reply.code(201).send(item);
    } catch (err) {
      request.log.error(err);
      // (Fastify hands an Error given to reply.send to the error handler, which decides what is sent: judged there)
      // ok: error-details-leak
      return reply.code(500).send(err);
    }
  });

  // ok: missing-auth, missing-rate-limit, unrestricted-upload
  fastify.post<{ Params: { id: string } }>('/:id/attachments', { onRequest: [fastify.authenticate], config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const item = await TimeOff.findOne({ _id: request.params.id, company: request.user.company });
    if (!item) return reply.code(404).send({ error: 'Not found' });
    // ok: unrestricted-upload
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      if (!ATTACHMENT_TYPES.includes(part.mimetype)) return reply.code(415).send({ error: 'Unsupported file type' });
      const storageKey = await storeFile(request.user.company, await part.toBuffer(), part.mimetype);
      item.attachments.push({ storageKey, mimeType: part.mimetype });
    }
    await item.save();
    return item;
  });
};

export default timeOffRoutes;
