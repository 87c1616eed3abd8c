import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma.js';
import { patientBody } from '../schemas/index.js';

export default async function patientRoutes(app: FastifyInstance) {
  app.addHook('onRequest', app.authenticate);

  // ok: missing-auth
  app.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return prisma.patient.findMany({
      where: { clinicId: request.user.clinicId },
      orderBy: { fullName: 'asc' },
      take: 200,
    });
  });

  app.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // ok: unscoped-tenant-query
    const patient = await prisma.patient.findFirst({
      where: { id: request.params.id, clinicId: request.user.clinicId },
      include: { orders: { orderBy: { createdAt: 'desc' } } },
    });
    return patient ?? reply.code(404).send({ error: 'not found' });
  });

  // ok: missing-input-validation
  app.post<{ Body: { mrn: string; fullName: string; birthDate: string } }>('/', { schema: { body: patientBody } }, async (request, reply) => {
    const patient = await prisma.patient.create({
      data: { ...request.body, birthDate: new Date(request.body.birthDate), clinicId: request.user.clinicId },
    });
    return reply.code(201).send(patient);
  });

  // expect: missing-input-validation
  app.patch<{ Params: { id: string }; Body: { fullName?: string; birthDate?: string } }>('/:id', async (request, reply) => {
    const { clinicId } = request.user;
    // ok: unscoped-tenant-query
    const { count } = await prisma.patient.updateMany({
      where: { id: request.params.id, clinicId },
      data: request.body,
    });
    return count ? { ok: true } : reply.code(404).send({ error: 'not found' });
  });

  app.get<{ Params: { id: string } }>('/:id/orders', async (request) => {
    // expect: unscoped-tenant-query
    return prisma.labOrder.findMany({
      where: { patientId: request.params.id },
      include: { results: true },
    });
  });

  // nightly CSV import from the clinic's EHR export
  // rows of the uploaded file go to the database as they are
  // expect: missing-rate-limit, missing-input-validation
  app.post('/import', async (request, reply) => {
    // expect: unrestricted-upload
    const data = await request.file();
    if (!data) return reply.code(400).send({ error: 'file required' });
    const text = (await data.toBuffer()).toString('utf8');
    const rows = text.split('\n').slice(1).filter(Boolean).map((line) => line.split(','));
    try {
      await prisma.patient.createMany({
        data: rows.map(([mrn, fullName, birthDate]) => ({ mrn, fullName, birthDate: new Date(birthDate), clinicId: request.user.clinicId })),
        skipDuplicates: true,
      });
    } catch (err) {
      // an Error given to reply.send goes to the app's error handler, which answers with a generic 500
      // ok: error-details-leak
      return reply.send(err);
    }
    return { imported: rows.length };
  });
}
