import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // ok: missing-auth
  app.get('/occupancy', async (request, reply) => {
    try {
      const orgId = request.user.organizationId;
      // ok: unscoped-tenant-query
      const units = await app.prisma.unit.count({ where: { organizationId: orgId } });
      // ok: unscoped-tenant-query
      const leased = await app.prisma.lease.count({ where: { organizationId: orgId, status: 'active' } });
      return { units, leased, rate: units ? leased / units : 0 };
    } catch (err) {
      request.log.error(err, 'occupancy report failed');
      // expect: error-details-leak
      return reply.code(500).send({ error: 'Report failed', detail: (err as Error).message });
    }
  });

  // expect: missing-rate-limit
  app.get('/payments.csv', async (request, reply) => {
    // ok: unscoped-tenant-query
    const payments = await app.prisma.payment.findMany({
      where: { organizationId: request.user.organizationId },
      orderBy: { createdAt: 'asc' },
    });
    const lines = payments.map((p) => [p.id, p.leaseId, p.amountCents, p.status, p.createdAt.toISOString()].join(','));
    reply.header('content-type', 'text/csv');
    return ['id,lease,amount_cents,status,created_at', ...lines].join('\n');
  });
};

export default reportRoutes;
