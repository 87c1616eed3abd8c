import type { FastifyPluginAsync } from 'fastify';
import { prisma } from '../lib/prisma.js';

const customerSchema = {
  body: {
    type: 'object',
    required: ['fullName', 'email', 'licenseNo'],
    additionalProperties: false,
    properties: {
      fullName: { type: 'string', maxLength: 120 },
      email: { type: 'string', format: 'email' },
      licenseNo: { type: 'string', maxLength: 40 },
    },
  },
};

// guarded per route with @fastify/auth: staff JWT and a manager role both required
const customerRoutes: FastifyPluginAsync = async (fastify) => {
  const staff = fastify.auth([fastify.verifyJWT]);

  // ok: missing-auth
  fastify.get('/', { preHandler: staff }, async (request) => {
    const { q } = request.query as { q?: string };
    // ok: unscoped-tenant-query
    return prisma.customer.findMany({ where: { companyId: request.user.companyId, fullName: { contains: q ?? '' } } });
  });

  // ok: missing-input-validation
  fastify.post('/', { preHandler: staff, schema: customerSchema }, async (request, reply) => {
    const body = request.body as { fullName: string; email: string; licenseNo: string };
    const customer = await prisma.customer.create({ data: { ...body, companyId: request.user.companyId } });
    return reply.code(201).send(customer);
  });

  // expect: missing-input-validation
  fastify.put('/:id', { preHandler: staff }, async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    const existing = await prisma.customer.findFirst({ where: { id, companyId: request.user.companyId } });
    if (!existing) return reply.code(404).send({ error: 'not found' });
    return prisma.customer.update({ where: { id: existing.id }, data: request.body as object });
  });

  fastify.addSchema({
    $id: 'customerNote',
    type: 'object',
    required: ['licenseNo'],
    additionalProperties: false,
    properties: { licenseNo: { type: 'string', maxLength: 40 } },
  });

  // ok: missing-input-validation
  fastify.patch('/:id/license', { preHandler: staff, schema: { body: { $ref: 'customerNote#' } } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const { licenseNo } = request.body as { licenseNo: string };
    // ok: unscoped-tenant-query
    const { count } = await prisma.customer.updateMany({ where: { id, companyId: request.user.companyId }, data: { licenseNo } });
    if (!count) return reply.code(404).send({ error: 'not found' });
    return { ok: true };
  });

  // the schema checks the query string only; the body goes in as it came
  // expect: missing-input-validation
  fastify.post('/:id/merge', { preHandler: staff, schema: { querystring: { type: 'object', properties: { dryRun: { type: 'boolean' } } } } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    // ok: unscoped-tenant-query
    const existing = await prisma.customer.findFirst({ where: { id, companyId: request.user.companyId } });
    if (!existing) return reply.code(404).send({ error: 'not found' });
    const body = request.body as { fullName: string; email: string };
    return prisma.customer.update({ where: { id: existing.id }, data: { fullName: body.fullName, email: body.email } });
  });

  // ok: missing-auth
  fastify.get('/:id/rentals', { preHandler: fastify.auth([fastify.verifyJWT, fastify.requireManager], { relation: 'and' }) }, async (request) => {
    const { id } = request.params as { id: string };
    // expect: unscoped-tenant-query
    return prisma.rental.findMany({ where: { customerId: id } });
  });
};

export default customerRoutes;
