import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { db } from '../db/index.js';
import { sendResetMail } from '../lib/mailer.js';

const loginBody = {
  type: 'object',
  required: ['email', 'password'],
  properties: { email: { type: 'string', format: 'email' }, password: { type: 'string', minLength: 8 } },
} as const;

const ResetConfirm = z.object({ token: z.string().min(20), password: z.string().min(10) });

export default async function authRoutes(fastify: FastifyInstance) {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post<{ Body: { email: string; password: string } }>('/login', {
    schema: { body: loginBody },
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const user = await db.selectFrom('users').selectAll().where('email', '=', request.body.email.toLowerCase()).executeTakeFirst();
    if (!user || !(await argon2.verify(user.password_hash, request.body.password))) {
      // ok: token-logging
      request.log.warn({ email: request.body.email }, 'failed login');
      return reply.code(401).send({ error: 'invalid credentials' });
    }
    const token = await reply.jwtSign({ sub: user.id, tenantId: user.tenant_id, role: user.role as 'agent' | 'admin' });
    return { token };
  });

  // ok: missing-auth
  // expect: missing-rate-limit
  fastify.post<{ Body: { email: string } }>('/password/forgot', async (request) => {
    const user = await db.selectFrom('users').select(['id', 'email']).where('email', '=', String(request.body.email)).executeTakeFirst();
    if (user) {
      const token = randomBytes(32).toString('hex');
      await db.updateTable('users').set({ reset_token_hash: createHash('sha256').update(token).digest('hex') }).where('id', '=', user.id).execute();
      // expect: token-logging
      fastify.log.info(`reset link for ${user.email}: /reset?token=${token}`);
      await sendResetMail(user.email, `https://app.supportdesk.test/reset?token=${token}`);
    }
    return { ok: true };
  });

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post('/password/reset', { config: { rateLimit: { max: 5, timeWindow: '15 minutes' } } }, async (request, reply) => {
    const { token, password } = ResetConfirm.parse(request.body);
    const hash = createHash('sha256').update(token).digest('hex');
    // ok: unscoped-tenant-query
    const user = await db.selectFrom('users').select('id').where('reset_token_hash', '=', hash).executeTakeFirst();
    if (!user) return reply.code(400).send({ error: 'invalid token' });
    await db.updateTable('users').set({ password_hash: await argon2.hash(password), reset_token_hash: null }).where('id', '=', user.id).execute();
    return { ok: true };
  });
}
