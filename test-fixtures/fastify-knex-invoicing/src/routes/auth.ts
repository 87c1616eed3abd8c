import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { FastifyPluginAsync } from 'fastify';
import { knex } from '../db';
import { hashToken } from '../plugins/auth';

interface LoginBody {
  email: string;
  password: string;
}

interface SignupBody {
  orgName: string;
  email: string;
  password: string;
}

interface ResetConfirmBody {
  token: string;
  password: string;
}

const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;

const loginSchema = {
  body: {
    type: 'object',
    required: ['email', 'password'],
    properties: {
      email: { type: 'string', format: 'email' },
      password: { type: 'string', minLength: 1 },
    },
  },
} as const;

const signupSchema = {
  body: {
    type: 'object',
    required: ['orgName', 'email', 'password'],
    properties: {
      orgName: { type: 'string', minLength: 1, maxLength: 200 },
      email: { type: 'string', format: 'email' },
      password: { type: 'string', minLength: 12 },
    },
  },
} as const;

const resetRequestSchema = {
  body: {
    type: 'object',
    required: ['email'],
    properties: { email: { type: 'string', format: 'email' } },
  },
} as const;

const resetConfirmSchema = {
  body: {
    type: 'object',
    required: ['token', 'password'],
    properties: {
      token: { type: 'string', minLength: 64, maxLength: 64 },
      password: { type: 'string', minLength: 12 },
    },
  },
} as const;

const authRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  // expect: missing-rate-limit
  // ok: missing-input-validation
  fastify.post<{ Body: SignupBody }>('/signup', { schema: signupSchema }, async (request, reply) => {
    const { orgName, email, password } = request.body;
    const passwordHash = await bcrypt.hash(password, 12);

    try {
      const user = await knex.transaction(async (trx) => {
        const [org] = await trx('orgs').insert({ name: orgName }).returning(['id']);
        const [created] = await trx('users')
          .insert({ org_id: org.id, email: email.toLowerCase(), password_hash: passwordHash, role: 'admin' })
          .returning(['id', 'org_id', 'role']);
        return created;
      });

      // ok: token-logging
      request.log.info({ userId: user.id, orgId: user.org_id }, 'organisation created');
      const token = fastify.jwt.sign({ sub: user.id, orgId: user.org_id, role: user.role });
      return reply.code(201).send({ token });
    } catch (err) {
      if ((err as { code?: string }).code === '23505') {
        return reply.code(409).send({ error: 'An account with this email already exists' });
      }
      throw err;
    }
  });

  // ok: missing-auth
  // expect: missing-rate-limit
  fastify.post<{ Body: LoginBody }>('/login', { schema: loginSchema }, async (request, reply) => {
    const { email, password } = request.body;
    // expect: token-logging
    request.log.debug({ email, password }, 'login attempt');

    const user = await knex('users').where({ email: email.toLowerCase() }).first();
    if (!user || !user.password_hash || !(await bcrypt.compare(password, user.password_hash))) {
      // ok: token-logging
      request.log.warn({ email }, 'invalid login credentials');
      return reply.code(401).send({ error: 'Invalid email or password' });
    }

    const token = fastify.jwt.sign({ sub: user.id, orgId: user.org_id, role: user.role });
    // expect: token-logging
    request.log.info({ userId: user.id, token }, 'issued access token');
    return { token };
  });

  // ok: missing-auth
  // expect: missing-rate-limit
  // ok: missing-input-validation
  fastify.post<{ Body: { email: string } }>('/password-reset', { schema: resetRequestSchema }, async (request, reply) => {
    const user = await knex('users').where({ email: request.body.email.toLowerCase() }).first();

    if (user) {
      const resetToken = randomBytes(32).toString('hex');
      await knex.transaction(async (trx) => {
        await trx('users')
          .where({ id: user.id })
          .update({
            reset_token_hash: hashToken(resetToken),
            reset_token_expires_at: new Date(Date.now() + RESET_TOKEN_TTL_MS),
            updated_at: trx.fn.now(),
          });
        await trx('email_outbox').insert({
          org_id: user.org_id,
          recipient: user.email,
          template: 'password-reset',
          payload: { resetToken },
        });
      });
      // expect: token-logging
      request.log.info({ userId: user.id, resetToken }, 'password reset requested');
    }

    // Same response whether or not the account exists.
    return reply.code(202).send({ ok: true });
  });

  // ok: missing-auth
  // expect: missing-rate-limit
  // ok: missing-input-validation
  fastify.post<{ Body: ResetConfirmBody }>('/password-reset/confirm', { schema: resetConfirmSchema }, async (request, reply) => {
    const { token, password } = request.body;

    const user = await knex('users')
      .where({ reset_token_hash: hashToken(token) })
      .andWhere('reset_token_expires_at', '>', knex.fn.now())
      .first();
    if (!user) {
      return reply.code(400).send({ error: 'Invalid or expired token' });
    }

    await knex('users')
      .where({ id: user.id })
      .update({
        password_hash: await bcrypt.hash(password, 12),
        reset_token_hash: null,
        reset_token_expires_at: null,
        updated_at: knex.fn.now(),
      });

    // ok: token-logging
    request.log.info({ userId: user.id }, 'password updated via reset token');
    return reply.code(204).send();
  });
};

export default authRoutes;
