import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma.js';

const PANELS = [
  { code: 'CBC', name: 'Complete blood count' },
  { code: 'BMP', name: 'Basic metabolic panel' },
  { code: 'LIPID', name: 'Lipid panel' },
];

export default async function publicRoutes(app: FastifyInstance) {
  // ok: missing-auth
  app.get('/health', async () => {
    await prisma.$queryRaw`SELECT 1`;
    return { status: 'ok' };
  });

  // ok: missing-auth
  app.get('/api/panels', async () => PANELS);
}

// the patient app's own view of released results: it verifies the token itself
export async function meRoutes(app: FastifyInstance) {
  // ok: missing-auth
  app.get('/api/me/results', async (request, reply) => {
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'Unauthorized' });
    }
    // ok: unscoped-tenant-query
    return prisma.labResult.findMany({ where: { clinicId: request.user.clinicId, releasedAt: { not: null } }, take: 50 });
  });

  // expect: missing-rate-limit
  app.get('/api/me/export', async (request, reply) => {
    await request.jwtVerify();
    try {
      // ok: unscoped-tenant-query
      return await prisma.labResult.findMany({ where: { clinicId: request.user.clinicId } });
    } catch (err) {
      // expect: error-details-leak
      return reply.code(500).type('text/plain').send(String(err));
    }
  });
}
