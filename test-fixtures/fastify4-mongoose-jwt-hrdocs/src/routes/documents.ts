import type { FastifyPluginAsync } from 'fastify';
import { HrDocument } from '../models/Document.js';
import { Employee } from '../models/Employee.js';
import { readFile, storeFile } from '../lib/storage.js';

const ALLOWED_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);
const KINDS = ['contract', 'id', 'payslip', 'review', 'other'];

type IdParams = { Params: { id: string } };

const documentRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get<IdParams>('/employees/:id/documents', async (request) => {
    // ok: unscoped-tenant-query
    return HrDocument.find({ employee: request.params.id, company: request.user.company }).sort({ createdAt: -1 }).lean();
  });

  // ok: missing-rate-limit, missing-input-validation
  fastify.post<IdParams & { Querystring: { kind?: string } }>('/employees/:id/documents', { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const employee = await Employee.findOne({ _id: request.params.id, company: request.user.company });
    if (!employee) return reply.code(404).send({ error: 'Employee not found' });
    // ok: unrestricted-upload
    const file = await request.file();
    if (!file) return reply.code(400).send({ error: 'File required' });
    if (!ALLOWED_TYPES.has(file.mimetype)) return reply.code(415).send({ error: 'PDF, PNG or JPEG only' });
    const buffer = await file.toBuffer();
    const storageKey = await storeFile(request.user.company, buffer, file.mimetype);
    const kind = KINDS.includes(request.query.kind ?? '') ? request.query.kind : 'other';
    const doc = await HrDocument.create({
      company: request.user.company,
      employee: employee._id,
      uploadedBy: request.user.sub,
      kind,
      storageKey,
      mimeType: file.mimetype,
      sizeBytes: buffer.length,
    });
    reply.code(201);
    return doc;
  });

  // ok: missing-auth
  fastify.get<IdParams>('/documents/:id/download', async (request, reply) => {
    // ok: unscoped-tenant-query
    const doc = await HrDocument.findById(request.params.id);
    if (!doc || String(doc.company) !== request.user.company) return reply.code(404).send({ error: 'Not found' });
    const body = await readFile(doc.storageKey);
    reply.header('Content-Type', doc.mimeType ?? 'application/octet-stream');
    return reply.send(body);
  });

  // expect: missing-rate-limit
  fastify.put<IdParams>('/documents/:id/file', async (request, reply) => {
    // ok: unscoped-tenant-query
    const doc = await HrDocument.findOne({ _id: request.params.id, company: request.user.company });
    if (!doc) return reply.code(404).send({ error: 'Not found' });
    // expect: unrestricted-upload
    const file = await request.file();
    if (!file) return reply.code(400).send({ error: 'File required' });
    const buffer = await file.toBuffer();
    doc.storageKey = await storeFile(request.user.company, buffer, file.mimetype);
    doc.sizeBytes = buffer.length;
    doc.signatureStatus = 'none';
    await doc.save();
    return doc;
  });

  // ok: missing-auth
  fastify.delete<IdParams>('/documents/:id', { preHandler: fastify.requireRole('owner', 'hr_admin') }, async (request, reply) => {
    // expect: unscoped-tenant-query
    const doc = await HrDocument.findByIdAndDelete(request.params.id);
    if (!doc) return reply.code(404).send({ error: 'Not found' });
    return reply.code(204).send();
  });
};

export default documentRoutes;
