import type { FastifyPluginAsync } from 'fastify';
import bcrypt from 'bcrypt';
import crypto from 'node:crypto';
import { pool } from '../lib/db.js';
import { audit } from '../lib/audit.js';

const loginBody = {
  type: 'object',
  required: ['email', 'password'],
  properties: { email: { type: 'string', format: 'email' }, password: { type: 'string', minLength: 8 } },
} as const;

const authRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-rate-limit
  fastify.post<{ Body: { email: string; password: string } }>(
    '/login',
    { schema: { body: loginBody }, config: { rateLimit: { max: 5, timeWindow: '1 minute' } } },
    async (request, reply) => {
      // expect: token-logging
      request.log.info({ body: request.body }, 'login attempt');
      const { rows } = await pool.query('SELECT id, role, password_hash FROM staff WHERE email = $1', [request.body.email]);
      const staff = rows[0];
      if (!staff || !(await bcrypt.compare(request.body.password, staff.password_hash))) {
        return reply.code(401).send({ error: 'Invalid credentials' });
      }
      const token = await reply.jwtSign({ sub: staff.id, role: staff.role });
      const refreshToken = crypto.randomBytes(32).toString('base64url');
      await pool.query('INSERT INTO refresh_tokens (staff_id, token) VALUES ($1, $2)', [staff.id, refreshToken]);
      // ok: insecure-cookie
      reply.setCookie('token', token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
      // expect: insecure-cookie
      reply.setCookie('refreshToken', refreshToken, { path: '/auth/refresh', maxAge: 60 * 60 * 24 * 14 });
      // ok: token-logging
      request.log.info({ headers: request.headers, staffId: staff.id }, 'login ok');
      return { ok: true };
    },
  );

  // expect: missing-rate-limit
  fastify.post<{ Body: { email: string } }>('/password-reset', async (request) => {
    const { rows } = await pool.query('SELECT id FROM staff WHERE email = $1', [request.body.email]);
    if (rows[0]) {
      const resetToken = crypto.randomBytes(24).toString('hex');
      await pool.query('UPDATE staff SET reset_token = $1 WHERE id = $2', [resetToken, rows[0].id]);
      // ok: token-logging
      audit.info({ token: resetToken, staffId: rows[0].id }, 'reset issued');
      // expect: token-logging
      audit.info(`reset issued for staff ${rows[0].id} with token ${resetToken}`);
    }
    return { ok: true };
  });

  fastify.post('/logout', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    reply.clearCookie('token', { path: '/' });
    return { ok: true };
  });
};

export default authRoutes;
