import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { prisma } from '../lib/prisma.js';

const LeaseParams = Type.Object({ leaseId: Type.String() });

const CreateLease = Type.Object({
  unitId: Type.String(),
  tenantName: Type.String({ minLength: 1, maxLength: 160 }),
  tenantEmail: Type.String({ format: 'email' }),
  rentCents: Type.Integer({ minimum: 0 }),
  startsOn: Type.String({ format: 'date' }),
});

// registered at the top level: every route names its own hooks
const leaseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // ok: missing-auth
  app.get('/', { onRequest: [app.authenticate] }, async (request) => {
    // ok: unscoped-tenant-query
    return prisma.lease.findMany({
      where: { organizationId: request.user.organizationId, status: { not: 'archived' } },
      include: { unit: { select: { label: true } } },
    });
  });

  // ok: missing-auth
  app.get('/:leaseId', { onRequest: [app.authenticate], schema: { params: LeaseParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const lease = await prisma.lease.findUnique({
      where: { id: request.params.leaseId },
      include: { payments: true, documents: true },
    });
    if (!lease || lease.organizationId !== request.user.organizationId) {
      return reply.code(404).send({ error: 'Lease not found' });
    }
    return lease;
  });

  // expect: missing-auth
  app.get('/:leaseId/ledger', { schema: { params: LeaseParams } }, async (request) => {
    const payments = await prisma.payment.findMany({
      where: { leaseId: request.params.leaseId },
      orderBy: { createdAt: 'desc' },
    });
    const balance = payments.reduce((sum, p) => sum + (p.status === 'succeeded' ? p.amountCents : 0), 0);
    return { payments, balance };
  });

  // ok: missing-auth, missing-input-validation
  app.post('/', { onRequest: [app.authenticate], schema: { body: CreateLease } }, async (request, reply) => {
    const { unitId, startsOn, ...rest } = request.body;
    // ok: unscoped-tenant-query
    const unit = await prisma.unit.findFirst({ where: { id: unitId, organizationId: request.user.organizationId } });
    if (!unit) return reply.code(422).send({ error: 'Unknown unit' });
    const lease = await prisma.lease.create({
      data: { ...rest, unitId: unit.id, startsOn: new Date(startsOn), organizationId: request.user.organizationId },
    });
    return reply.code(201).send(lease);
  });

  // ok: missing-auth, missing-role-check
  app.post(
    '/:leaseId/terminate',
    {
      onRequest: [app.authenticate],
      preHandler: [app.requireRole('OWNER', 'MANAGER')],
      schema: { params: LeaseParams, body: Type.Object({ endsOn: Type.String({ format: 'date' }) }) },
    },
    async (request, reply) => {
      // ok: unscoped-tenant-query
      const { count } = await prisma.lease.updateMany({
        where: { id: request.params.leaseId, organizationId: request.user.organizationId },
        data: { status: 'terminated', endsOn: new Date(request.body.endsOn) },
      });
      return count ? reply.code(204).send() : reply.code(404).send({ error: 'Lease not found' });
    },
  );

  // ok: missing-auth
  app.post(
    '/:leaseId/payments',
    { onRequest: [app.authenticate], schema: { params: LeaseParams, body: Type.Object({ amountCents: Type.Integer({ minimum: 1 }) }) } },
    async (request, reply) => {
      // expect: unscoped-tenant-query
      const lease = await prisma.lease.findUnique({ where: { id: request.params.leaseId } });
      if (!lease) return reply.code(404).send({ error: 'Lease not found' });
      const payment = await prisma.payment.create({
        data: { leaseId: lease.id, organizationId: lease.organizationId, amountCents: request.body.amountCents, status: 'manual' },
      });
      return reply.code(201).send(payment);
    },
  );
};

export default leaseRoutes;
