import type { FastifyPluginAsync } from 'fastify';
import { pipeline } from 'node:stream/promises';
import fs from 'node:fs';
import path from 'node:path';
import { pool } from '../lib/db.js';

const SCAN_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

const patientRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    const user = request.user as { sub: string; clinicId: string };
    const { rows } = await pool.query('SELECT id, name, dob FROM patients WHERE id = $1 AND clinic_id = $2', [request.params.id, user.clinicId]);
    if (!rows[0]) return reply.code(404).send({ error: 'Not found' });
    return rows[0];
  });

  // ok: missing-rate-limit
  fastify.post<{ Params: { id: string } }>('/:id/scans', { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } }, async (request, reply) => {
    const user = request.user as { sub: string; clinicId: string };
    // ok: unrestricted-upload
    const data = await request.file();
    if (!data) return reply.code(400).send({ error: 'No file' });
    if (!SCAN_TYPES.has(data.mimetype)) return reply.code(415).send({ error: 'Unsupported file type' });
    const target = path.join('/var/clinic/scans', `${request.params.id}-${Date.now()}`);
    await pipeline(data.file, fs.createWriteStream(target));
    await pool.query('INSERT INTO scans (patient_id, clinic_id, path) VALUES ($1, $2, $3)', [request.params.id, user.clinicId, target]);
    return reply.code(201).send({ ok: true });
  });

  // expect: missing-rate-limit
  fastify.post<{ Params: { id: string } }>('/:id/documents', async (request, reply) => {
    const user = request.user as { sub: string; clinicId: string };
    const saved: string[] = [];
    // expect: unrestricted-upload
    for await (const part of request.files()) {
      const target = path.join('/var/clinic/documents', `${request.params.id}-${part.filename}`);
      await pipeline(part.file, fs.createWriteStream(target));
      saved.push(target);
    }
    await pool.query('INSERT INTO documents (patient_id, clinic_id, paths) VALUES ($1, $2, $3)', [request.params.id, user.clinicId, saved]);
    return reply.code(201).send({ count: saved.length });
  });
};

export default patientRoutes;
