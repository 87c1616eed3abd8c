import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma.js';

export default async function analyticsRoutes(app: FastifyInstance) {
  app.addHook('onRequest', app.authenticate);

  // ok: missing-auth
  app.get('/turnaround', async (request) => {
    // ok: unscoped-tenant-query
    return prisma.$queryRaw`SELECT panel, avg(EXTRACT(EPOCH FROM now() - "createdAt")) AS secs FROM "LabOrder" WHERE "clinicId" = ${request.user.clinicId} GROUP BY panel`;
  });

  app.get<{ Params: { patientId: string } }>('/patients/:patientId/trend', async (request) => {
    // expect: unscoped-tenant-query
    return prisma.$queryRaw`SELECT analyte, value, "releasedAt" FROM "LabResult" r JOIN "LabOrder" o ON o.id = r."orderId" WHERE o."patientId" = ${request.params.patientId}`;
  });
}
