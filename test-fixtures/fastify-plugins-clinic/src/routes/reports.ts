import type { FastifyPluginAsync } from 'fastify';
import { pool } from '../lib/db.js';

const reportRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  fastify.addHook('preHandler', fastify.requireClinician);

  // Written during the reporting spike; overrides the app's handler for this plugin.
  fastify.setErrorHandler((error, request, reply) => {
    request.log.error(error);
    // expect: error-details-leak
    reply.status(500).send({ message: error.message, stack: error.stack });
  });

  fastify.get<{ Querystring: { from: string; to: string } }>('/visits', async (request) => {
    const user = request.user as { clinicId: string };
    const { rows } = await pool.query(
      'SELECT date_trunc(\'day\', at) AS day, count(*) FROM visits WHERE clinic_id = $1 AND at BETWEEN $2 AND $3 GROUP BY 1',
      [user.clinicId, request.query.from, request.query.to],
    );
    return rows;
  });

  // expect: missing-rate-limit
  fastify.get('/visits/export.csv', async (request, reply) => {
    const user = request.user as { clinicId: string };
    const { rows } = await pool.query('SELECT patient_id, at, reason FROM visits WHERE clinic_id = $1', [user.clinicId]);
    reply.header('content-type', 'text/csv');
    return rows.map((r) => `${r.patient_id},${r.at.toISOString()},${r.reason}`).join('\n');
  });
};

export default reportRoutes;
