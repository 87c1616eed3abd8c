import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db/index.js';

const documentRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // (the file's bytes are the upload itself; its name and declared type are not judged as request data:
  // re-judged after the first run, it was annotated expect: missing-input-validation)
  // ok: missing-input-validation
  // expect: missing-rate-limit
  fastify.post<{ Querystring: { vehicleId?: string } }>('/', async (request, reply) => {
    // expect: unrestricted-upload
    const file = await request.file();
    if (!file) return reply.code(400).send({ error: 'No file' });
    const vehicleId = request.query.vehicleId ? Number(request.query.vehicleId) : null;
    if (vehicleId) {
      // ok: unscoped-tenant-query
      const vehicle = await db.selectFrom('vehicles').select('id').where('id', '=', vehicleId).where('company_id', '=', request.user.companyId).executeTakeFirst();
      if (!vehicle) return reply.code(422).send({ error: 'Unknown vehicle' });
    }
    // ok: unscoped-tenant-query
    const row = await db
      .insertInto('documents')
      .values({
        company_id: request.user.companyId,
        vehicle_id: vehicleId,
        filename: file.filename,
        mime: file.mimetype,
        content: await file.toBuffer(),
        uploaded_by: request.user.sub,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return reply.code(201).send(row);
  });

  fastify.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // ok: unscoped-tenant-query
    const doc = await db
      .selectFrom('documents')
      .select(['filename', 'mime', 'content'])
      .where('id', '=', Number(request.params.id))
      .where('company_id', '=', request.user.companyId)
      .executeTakeFirst();
    if (!doc) return reply.code(404).send({ error: 'Not found' });
    return reply.type(doc.mime).header('content-disposition', `attachment; filename="${doc.filename}"`).send(doc.content);
  });

  fastify.delete<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    await db.deleteFrom('documents').where('id', '=', Number(request.params.id)).execute();
    return reply.code(204).send();
  });
};

export default documentRoutes;
