import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { findWorkOrder } from '../lib/scoped';

const ALLOWED_TYPES = new Set(['image/jpeg', 'image/png', 'image/heic', 'application/pdf']);
const UPLOAD_DIR = path.join(process.cwd(), 'uploads');

const attachmentRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: unrestricted-upload, missing-rate-limit, missing-input-validation
  fastify.post<{ Params: { id: string } }>('/work-orders/:id/photos', { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } }, async (request, reply) => {
    const order = await findWorkOrder(fastify, request.params.id);
    if (!order || order.org_id !== request.user.orgId) return reply.code(404).send({ error: 'Not found' });
    const file = await request.file();
    if (!file) return reply.code(400).send({ error: 'No file' });
    if (!ALLOWED_TYPES.has(file.mimetype)) return reply.code(415).send({ error: 'Unsupported file type' });
    const key = `${randomUUID()}${path.extname(file.filename)}`;
    await pipeline(file.file, fs.createWriteStream(path.join(UPLOAD_DIR, key)));
    await fastify.pg.query('INSERT INTO attachments (org_id, work_order_id, filename, mimetype, storage_key) VALUES ($1, $2, $3, $4, $5)', [request.user.orgId, order.id, file.filename, file.mimetype, key]);
    return reply.code(201).send({ key });
  });

  fastify.get<{ Params: { id: string } }>('/attachments/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    const { rows } = await fastify.pg.query('SELECT storage_key, mimetype FROM attachments WHERE id = $1', [request.params.id]);
    if (!rows.length) return reply.code(404).send({ error: 'Not found' });
    reply.type(rows[0].mimetype);
    return fs.createReadStream(path.join(UPLOAD_DIR, rows[0].storage_key));
  });
};

export default attachmentRoutes;
