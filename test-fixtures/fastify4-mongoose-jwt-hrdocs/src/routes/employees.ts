import type { FastifyPluginAsync } from 'fastify';
import { randomBytes } from 'node:crypto';
import { Employee } from '../models/Employee.js';

const employeeBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    firstName: { type: 'string', minLength: 1, maxLength: 80 },
    lastName: { type: 'string', minLength: 1, maxLength: 80 },
    email: { type: 'string', format: 'email' },
    department: { type: 'string', maxLength: 80 },
    title: { type: 'string', maxLength: 120 },
    startDate: { type: 'string', format: 'date' },
    status: { type: 'string', enum: ['active', 'on_leave', 'terminated'] },
  },
} as const;

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[a-f0-9]{24}$' } } } as const;

type IdParams = { Params: { id: string } };

const employeeRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get<{ Querystring: { department?: string } }>('/', async (request) => {
    const filter: Record<string, unknown> = { company: request.user.company };
    if (request.query.department) filter.department = request.query.department;
    // ok: unscoped-tenant-query
    return Employee.find(filter).sort({ lastName: 1 }).lean();
  });

  // ok: missing-auth
  fastify.get<IdParams>('/:id', { schema: { params: idParams } }, async (request, reply) => {
    // expect: unscoped-tenant-query
    const employee = await Employee.findById(request.params.id).lean();
    if (!employee) return reply.code(404).send({ error: 'Not found' });
    return employee;
  });

  // ok: missing-input-validation, missing-role-check
  fastify.post<{ Body: Record<string, string> }>('/', { schema: { body: { ...employeeBody, required: ['firstName', 'lastName', 'email'] } }, preHandler: fastify.requireRole('owner', 'hr_admin') }, async (request, reply) => {
    const employee = await Employee.create({ ...request.body, company: request.user.company });
    reply.code(201);
    return employee;
  });

  // ok: missing-input-validation
  fastify.patch<IdParams & { Body: Record<string, string> }>('/:id', { schema: { params: idParams, body: employeeBody }, preHandler: fastify.requireRole('owner', 'hr_admin') }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const employee = await Employee.findOneAndUpdate({ _id: request.params.id, company: request.user.company }, request.body, { new: true });
    if (!employee) return reply.code(404).send({ error: 'Not found' });
    return employee;
  });

  // expect: missing-input-validation
  fastify.post<IdParams & { Body: { text: string } }>('/:id/notes', async (request, reply) => {
    // ok: unscoped-tenant-query
    const employee = await Employee.findOne({ _id: request.params.id, company: request.user.company });
    if (!employee) return reply.code(404).send({ error: 'Not found' });
    employee.notes.push({ body: request.body.text, author: request.user.sub });
    await employee.save();
    return reply.code(201).send(employee.notes.at(-1));
  });

  // ok: missing-rate-limit
  fastify.post<IdParams>('/:id/invite', { schema: { params: idParams }, preHandler: fastify.requireRole('owner', 'hr_admin'), config: { rateLimit: { max: 20, timeWindow: '1 hour' } } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const employee = await Employee.findOne({ _id: request.params.id, company: request.user.company });
    if (!employee) return reply.code(404).send({ error: 'Not found' });
    const inviteCode = randomBytes(16).toString('hex');
    request.log.info({ employeeId: employee.id }, 'invitation queued');
    return { inviteUrl: `https://app.hrdocs.io/join/${inviteCode}` };
  });

  // ok: missing-input-validation, missing-role-check
  fastify.post<{ Body: { ids: string[]; status: string } }>('/bulk-status', {
    preHandler: fastify.requireRole('owner', 'hr_admin'),
    schema: {
      body: {
        type: 'object',
        required: ['ids', 'status'],
        properties: {
          ids: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', pattern: '^[a-f0-9]{24}$' } },
          status: { type: 'string', enum: ['active', 'on_leave', 'terminated'] },
        },
      },
    },
  }, async (request, reply) => {
    const { ids, status } = request.body;
    // ok: unscoped-tenant-query
    const found = await Employee.find({ _id: { $in: ids }, company: request.user.company }).select('_id');
    if (found.length !== ids.length) return reply.code(404).send({ error: 'Some employees were not found' });
    // ok: unscoped-tenant-query
    const res = await Employee.updateMany({ _id: { $in: ids } }, { status });
    return { updated: res.modifiedCount };
  });

  // ok: missing-role-check
  fastify.delete<IdParams>('/:id', { preHandler: fastify.requireRole('owner', 'hr_admin') }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const res = await Employee.deleteOne({ _id: request.params.id, company: request.user.company });
    return reply.code(res.deletedCount ? 204 : 404).send();
  });
};

export default employeeRoutes;
