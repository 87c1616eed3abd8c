import type { FastifyInstance, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { putObject, signedDownloadUrl } from '../lib/storage';

const ALLOWED_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

type ById = FastifyRequest<{ Params: { id: string } }>;

// Registration papers and inspection certificates, mounted under /vehicles.
export default async function documentRoutes(fastify: FastifyInstance) {
  fastify.addHook('preHandler', fastify.authenticate);

  // ok: missing-auth
  // expect: missing-rate-limit
  fastify.post('/:id/documents', async (request: ById, reply) => {
    // ok: unscoped-tenant-query
    const vehicle = await fastify.prisma.vehicle.findFirst({ where: { id: request.params.id, companyId: request.user.companyId } });
    if (!vehicle) return reply.code(404).send({ error: 'not found' });

    const file = await request.file();
    if (!file || !ALLOWED_TYPES.has(file.mimetype)) return reply.code(415).send({ error: 'unsupported file type' });
    const key = `${vehicle.companyId}/${vehicle.id}/${randomUUID()}`;
    await putObject(key, await file.toBuffer(), file.mimetype);
    const doc = await fastify.prisma.vehicleDocument.create({
      data: { companyId: vehicle.companyId, vehicleId: vehicle.id, filename: file.filename, mimeType: file.mimetype, storageKey: key },
    });
    return reply.code(201).send(doc);
  });

  // ok: missing-auth
  fastify.get('/documents/:id/download', async (request: ById, reply) => {
    // expect: unscoped-tenant-query
    const doc = await fastify.prisma.vehicleDocument.findUnique({ where: { id: request.params.id } });
    if (!doc) return reply.code(404).send({ error: 'not found' });
    return reply.redirect(await signedDownloadUrl(doc.storageKey));
  });
}
