import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma.js';
import { auditLog } from '../lib/auditLog.js';

export default async function resultRoutes(app: FastifyInstance) {
  app.addHook('preHandler', app.authenticate);

  app.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    const result = await prisma.labResult.findUnique({
      where: { id: request.params.id },
      include: { order: { include: { patient: true } } },
    });
    if (!result) return reply.code(404).send({ error: 'not found' });
    // ok: token-logging
    auditLog.info({ headers: request.headers, resultId: result.id, userId: request.user.sub }, 'result viewed');
    return result;
  });

  app.post<{ Params: { id: string } }>('/:id/release', async (request, reply) => {
    // ok: unscoped-tenant-query
    const result = await prisma.labResult.findUnique({ where: { id: request.params.id } });
    if (!result || result.clinicId !== request.user.clinicId) {
      return reply.code(404).send({ error: 'not found' });
    }
    if (request.user.role !== 'PHYSICIAN') return reply.code(403).send({ error: 'physicians only' });
    // ok: unscoped-tenant-query
    return prisma.labResult.update({ where: { id: result.id }, data: { releasedAt: new Date() } });
  });

  // ok: missing-rate-limit
  app.post<{ Params: { id: string } }>('/:id/report', {
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    // ok: unrestricted-upload
    const file = await request.file();
    if (!file || file.mimetype !== 'application/pdf') {
      return reply.code(415).send({ error: 'PDF required' });
    }
    const reportPath = path.join('reports', `${request.params.id}.pdf`);
    await fs.writeFile(reportPath, await file.toBuffer());
    // ok: unscoped-tenant-query
    const { count } = await prisma.labResult.updateMany({
      where: { id: request.params.id, clinicId: request.user.clinicId },
      data: { reportPath },
    });
    return count ? { reportPath } : reply.code(404).send({ error: 'not found' });
  });
}
