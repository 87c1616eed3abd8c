import type { FastifyPluginAsync } from 'fastify';
import { Document, Shipment } from '../models/index.js';
import { saveStream } from '../lib/storage.js';

const ALLOWED_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

const documentRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // known gap: @fastify/multipart's file.filename written into a row is not read as request data (a fetch File's name is)
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post('/shipments/:shipmentId', { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } }, async (request, reply) => {
    const { shipmentId } = request.params as { shipmentId: string };
    // ok: unscoped-tenant-query
    const shipment = await Shipment.findOne({ _id: shipmentId, workspaceId: request.user.workspaceId });
    if (!shipment) return reply.code(404).send({ error: 'Shipment not found' });
    // ok: unrestricted-upload
    const file = await request.file();
    if (!file) return reply.code(400).send({ error: 'No file' });
    if (!ALLOWED_TYPES.has(file.mimetype)) return reply.code(415).send({ error: 'PDF or image only' });
    const storageKey = await saveStream(request.user.workspaceId, file.filename, file.file);
    const doc = await Document.create({ workspaceId: shipment.workspaceId, shipmentId: shipment._id, filename: file.filename, mimeType: file.mimetype, storageKey });
    return reply.code(201).send(doc);
  });

  // bulk import of rate sheets from the old system
  // known gap: @fastify/multipart's part.filename / part.mimetype written into a row are not read as request data (a fetch File's name is)
  // ok: missing-input-validation
  // expect: missing-rate-limit
  fastify.post('/import', async (request, reply) => {
    const saved: string[] = [];
    // expect: unrestricted-upload
    for await (const part of request.files()) {
      const key = await saveStream(request.user.workspaceId, part.filename, part.file);
      await Document.create({ workspaceId: request.user.workspaceId, filename: part.filename, mimeType: part.mimetype, storageKey: key });
      saved.push(key);
    }
    return reply.code(201).send({ saved });
  });

  // ok: missing-auth
  fastify.get('/shipments/:shipmentId', async (request) => {
    const { shipmentId } = request.params as { shipmentId: string };
    const scope = { workspaceId: request.user.workspaceId };
    // ok: unscoped-tenant-query
    return Document.find({ ...scope, shipmentId }).sort({ createdAt: -1 });
  });
};

export default documentRoutes;
