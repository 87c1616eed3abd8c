import crypto from 'node:crypto';
import argon2 from 'argon2';
import { Type, Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { config } from '../config';

const Credentials = Type.Object({ email: Type.String({ format: 'email' }), password: Type.String({ minLength: 10 }) });
type Credentials = Static<typeof Credentials>;

const SignupBody = Type.Object({
  email: Type.String({ format: 'email' }),
  password: Type.String({ minLength: 10 }),
  organization: Type.String({ maxLength: 120 }),
});
type SignupBody = Static<typeof SignupBody>;

const authRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post<{ Body: Credentials }>('/login', {
    schema: { body: Credentials },
    config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { rows } = await fastify.pg.query('SELECT id, org_id, role, password_hash FROM users WHERE email = $1', [request.body.email]);
    const user = rows[0];
    if (!user || !(await argon2.verify(user.password_hash, request.body.password))) {
      return reply.code(401).send({ error: 'Invalid email or password' });
    }
    const accessToken = fastify.jwt.sign({ sub: user.id, orgId: user.org_id, role: user.role });
    const refreshToken = fastify.jwt.sign({ sub: user.id, typ: 'refresh' } as never, { expiresIn: '30d', key: config.refreshSecret });
    // ok: token-logging
    request.log.info({ userId: user.id, refreshToken }, 'signed in');
    // ok: insecure-cookie
    reply.setCookie('refresh_token', refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/auth' });
    return { accessToken };
  });

  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  fastify.post<{ Body: SignupBody }>('/signup', { schema: { body: SignupBody }, config: { public: true } }, async (request, reply) => {
    const { email, password, organization } = request.body;
    const client = await fastify.pg.connect();
    try {
      await client.query('BEGIN');
      const org = await client.query('INSERT INTO organizations (name) VALUES ($1) RETURNING id', [organization]);
      const hash = await argon2.hash(password);
      await client.query('INSERT INTO users (org_id, email, password_hash, role) VALUES ($1, $2, $3, $4)', [org.rows[0].id, email, hash, 'owner']);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
    return reply.code(201).send({ ok: true });
  });

  // ok: missing-auth, missing-rate-limit
  fastify.post<{ Body: { refreshToken?: string } }>('/refresh', { config: { public: true } }, async (request, reply) => {
    const token = request.body.refreshToken ?? request.cookies.refresh_token;
    if (!token) return reply.code(401).send({ error: 'Missing refresh token' });
    try {
      const claims = fastify.jwt.verify<{ sub: string; typ: string }>(token, { key: config.refreshSecret });
      if (claims.typ !== 'refresh') return reply.code(401).send({ error: 'Invalid refresh token' });
      const { rows } = await fastify.pg.query('SELECT id, org_id, role FROM users WHERE id = $1', [claims.sub]);
      if (!rows.length) return reply.code(401).send({ error: 'Invalid refresh token' });
      return { accessToken: fastify.jwt.sign({ sub: rows[0].id, orgId: rows[0].org_id, role: rows[0].role }) };
    } catch {
      return reply.code(401).send({ error: 'Invalid refresh token' });
    }
  });

  // ok: missing-auth
  // expect: missing-rate-limit
  fastify.post<{ Body: { email: string } }>('/forgot-password', { config: { public: true } }, async (request) => {
    const token = crypto.randomBytes(32).toString('base64url');
    const hash = crypto.createHash('sha256').update(token).digest('hex');
    const { rowCount } = await fastify.pg.query(
      "UPDATE users SET reset_token_hash = $1, reset_expires_at = now() + interval '1 hour' WHERE email = $2",
      [hash, request.body.email],
    );
    // ok: token-logging
    request.log.info({ email: request.body.email, token }, 'password reset requested');
    if (rowCount) {
      // expect: token-logging
      request.log.debug(`reset link: https://app.fixit.example/reset?token=${token}`);
    }
    return { ok: true };
  });

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post<{ Body: { token: string; password: string } }>('/reset-password', {
    schema: { body: Type.Object({ token: Type.String(), password: Type.String({ minLength: 10 }) }) },
    config: { public: true, rateLimit: { max: 10, timeWindow: '15 minutes' } },
  }, async (request, reply) => {
    const hash = crypto.createHash('sha256').update(request.body.token).digest('hex');
    const passwordHash = await argon2.hash(request.body.password);
    const { rowCount } = await fastify.pg.query(
      'UPDATE users SET password_hash = $1, reset_token_hash = NULL WHERE reset_token_hash = $2 AND reset_expires_at > now()',
      [passwordHash, hash],
    );
    if (!rowCount) return reply.code(400).send({ error: 'Invalid or expired link' });
    return { ok: true };
  });

  fastify.get('/me', async (request) => {
    const { rows } = await fastify.pg.query('SELECT id, email, role FROM users WHERE id = $1 AND org_id = $2', [request.user.sub, request.user.orgId]);
    return rows[0];
  });
};

export default authRoutes;
