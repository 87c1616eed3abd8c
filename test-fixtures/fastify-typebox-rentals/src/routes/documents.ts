import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { createReadStream } from 'node:fs';
import { saveStream, pathFor } from '../lib/storage.js';

const ALLOWED_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

const documentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // ok: missing-auth, missing-rate-limit
  app.post(
    '/leases/:leaseId/documents',
    {
      schema: { params: Type.Object({ leaseId: Type.String() }) },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      // ok: unscoped-tenant-query
      const lease = await app.prisma.lease.findFirst({
        where: { id: request.params.leaseId, organizationId: request.user.organizationId },
      });
      if (!lease) return reply.code(404).send({ error: 'Lease not found' });

      // ok: unrestricted-upload
      const file = await request.file();
      if (!file) return reply.code(400).send({ error: 'No file' });
      if (!ALLOWED_TYPES.has(file.mimetype)) {
        return reply.code(415).send({ error: 'Only PDF, PNG and JPEG files are accepted' });
      }
      const storageKey = await saveStream(lease.organizationId, file.file);
      const doc = await app.prisma.document.create({
        data: {
          organizationId: lease.organizationId,
          leaseId: lease.id,
          storageKey,
          fileName: file.filename,
          mimeType: file.mimetype,
          sizeBytes: file.file.bytesRead,
          uploadedById: request.user.sub,
        },
      });
      return reply.code(201).send(doc);
    },
  );

  // (the CSV's rows are written as they come: `label` is stored unchecked)
  // expect: missing-rate-limit, missing-input-validation
  app.post('/units/import', async (request, reply) => {
    // expect: unrestricted-upload
    const upload = await request.file();
    if (!upload) return reply.code(400).send({ error: 'No file' });
    const text = (await upload.toBuffer()).toString('utf8');
    const orgId = request.user.organizationId;
    const rows = text.split('\n').slice(1).filter(Boolean).map((line) => line.split(','));
    let imported = 0;
    for (const [propertyId, label, bedrooms, rent] of rows) {
      // ok: unscoped-tenant-query
      const property = await app.prisma.property.findFirst({ where: { id: propertyId, organizationId: orgId } });
      if (!property) continue;
      await app.prisma.unit.create({
        data: { organizationId: orgId, propertyId: property.id, label, bedrooms: Number(bedrooms), rentCents: Math.round(Number(rent) * 100) },
      });
      imported += 1;
    }
    return { imported };
  });

  // ok: missing-auth
  app.get('/documents/:id/download', { schema: { params: Type.Object({ id: Type.String() }) } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const doc = await app.prisma.document.findUnique({ where: { id: request.params.id } });
    if (!doc || doc.organizationId !== request.user.organizationId) {
      return reply.code(404).send({ error: 'Not found' });
    }
    reply.header('content-type', doc.mimeType);
    reply.header('content-disposition', `attachment; filename="${doc.fileName}"`);
    return reply.send(createReadStream(pathFor(doc.storageKey)));
  });
};

export default documentRoutes;
