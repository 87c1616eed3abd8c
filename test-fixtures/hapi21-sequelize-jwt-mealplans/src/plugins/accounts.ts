import type { Plugin } from '@hapi/hapi';
import Boom from '@hapi/boom';
import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';
import Joi from 'joi';
import jwt from 'jsonwebtoken';
import { config } from '../config.js';
import { logger } from '../lib/logger.js';
import { credentials } from '../lib/validation.js';
import { Practice, User } from '../models/index.js';

const limited = { 'hapi-rate-limit': { enabled: true, userPathLimit: 10 } };

function issueToken(user: User) {
  return jwt.sign({ sub: user.id, practiceId: user.practiceId }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: config.jwtTtl,
  });
}

export const accountsPlugin: Plugin<void> = {
  name: 'accounts',
  async register(server) {
    server.route([
      // ok: missing-auth, missing-rate-limit
      {
        method: 'POST',
        path: '/login',
        options: {
          auth: false,
          plugins: limited,
          validate: { payload: credentials },
        },
        handler: async (request, h) => {
          const { email, password } = request.payload as { email: string; password: string };
          const user = await User.findOne({ where: { email } });
          if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
            throw Boom.unauthorized('Invalid email or password');
          }
          return { token: issueToken(user) };
        },
      },
      // expect: missing-rate-limit
      {
        method: 'POST',
        path: '/signup',
        options: {
          auth: false,
          validate: {
            payload: credentials.keys({ practiceName: Joi.string().max(120).required() }),
          },
        },
        handler: async (request, h) => {
          const { email, password, practiceName } = request.payload as {
            email: string;
            password: string;
            practiceName: string;
          };
          const practice = await Practice.create({ name: practiceName });
          const user = await User.create({
            email,
            practiceId: practice.id,
            role: 'owner',
            passwordHash: await bcrypt.hash(password, 12),
          });
          return h.response({ token: issueToken(user) }).code(201);
        },
      },
      // ok: missing-auth, missing-rate-limit
      {
        method: 'POST',
        path: '/password/forgot',
        options: {
          auth: false,
          plugins: limited,
          validate: { payload: Joi.object({ email: Joi.string().email().required() }) },
        },
        handler: async (request, h) => {
          const { email } = request.payload as { email: string };
          const user = await User.findOne({ where: { email } });
          if (user) {
            const resetToken = crypto.randomBytes(32).toString('hex');
            await user.update({ resetToken });
            // expect: token-logging
            logger.info({ email, resetToken }, 'password reset link issued');
          }
          return h.response().code(204);
        },
      },
      // ok: missing-auth, missing-rate-limit, missing-input-validation
      {
        method: 'POST',
        path: '/password/reset',
        options: {
          auth: false,
          plugins: limited,
          validate: {
            payload: Joi.object({
              token: Joi.string().hex().length(64).required(),
              password: Joi.string().min(10).required(),
            }),
          },
        },
        handler: async (request, h) => {
          const { token, password } = request.payload as { token: string; password: string };
          const user = await User.findOne({ where: { resetToken: token } });
          if (!user) throw Boom.badRequest('Invalid or expired link');
          await user.update({ passwordHash: await bcrypt.hash(password, 12), resetToken: null });
          return h.response().code(204);
        },
      },
      // ok: missing-auth
      {
        method: 'GET',
        path: '/me',
        handler: async (request) => {
          const { id } = request.auth.credentials as { id: number };
          return User.findByPk(id, { attributes: ['id', 'email', 'name', 'role', 'practiceId'] });
        },
      },
      // ok: missing-auth
      {
        method: 'POST',
        path: '/session/cookie',
        handler: async (request, h) => {
          const { id, practiceId } = request.auth.credentials as { id: number; practiceId: number };
          const token = jwt.sign({ sub: id, practiceId }, config.jwtSecret, { algorithm: 'HS256', expiresIn: '12h' });
          // expect: token-logging
          request.log(['auth', 'debug'], `cookie session issued: ${token}`);
          // ok: insecure-cookie
          return h.response({ ok: true }).state('mp_session', token, {
            isHttpOnly: true,
            isSecure: true,
            isSameSite: 'Lax',
            path: '/',
          });
        },
      },
    ]);

    // ok: missing-auth
    server.route({
      method: 'GET',
      path: '/health',
      options: { auth: false },
      handler: () => ({ ok: true }),
    });
  },
};
