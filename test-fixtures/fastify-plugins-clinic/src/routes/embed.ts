import type { FastifyPluginAsync } from 'fastify';
import cors from '@fastify/cors';
import { pool } from '../lib/db.js';

// Appointment widget embedded on clinics' own websites, called with the patient portal cookie.
const embedRoutes: FastifyPluginAsync = async (fastify) => {
  await fastify.register(cors, {
    // expect: cors-wildcard
    origin: true,
    credentials: true,
  });
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/appointments', async (request) => {
    const user = request.user as { sub: string };
    const { rows } = await pool.query('SELECT id, starts_at, clinician FROM appointments WHERE patient_id = $1', [user.sub]);
    return rows;
  });
};

export default embedRoutes;
