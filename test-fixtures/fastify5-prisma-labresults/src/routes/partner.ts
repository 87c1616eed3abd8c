import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma.js';

// Read API for the referring physicians' portals (embedded in their own EHR domains).
export default async function partnerRoutes(app: FastifyInstance) {
  await app.register(cors, {
    // expect: cors-wildcard
    origin: (origin, cb) => cb(null, true),
    credentials: true,
  });
  app.addHook('onRequest', app.authenticate);

  app.get<{ Querystring: { since?: string } }>('/results', async (request, reply) => {
    try {
      // ok: unscoped-tenant-query
      return await prisma.labResult.findMany({
        where: {
          clinicId: request.user.clinicId,
          releasedAt: request.query.since ? { gte: new Date(request.query.since) } : { not: null },
        },
        take: 500,
      });
    } catch (err) {
      request.log.error(err);
      // expect: error-details-leak
      return reply.code(500).send({ error: 'query failed', detail: (err as Error).message });
    }
  });
}
