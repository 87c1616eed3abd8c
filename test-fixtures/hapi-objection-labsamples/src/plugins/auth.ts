import type { Plugin } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { config } from '../config';
import { Lab, User } from '../models';
import type { Credentials } from '../lib/auth';

const limited = { 'hapi-rate-limit': { enabled: true, pathLimit: 10, userPathLimit: 10 } };

export const authPlugin: Plugin<void> = {
  name: 'auth-routes',
  register(server) {
    server.route([
      // ok: missing-rate-limit, missing-auth
      {
        method: 'POST',
        path: '/login',
        options: {
          auth: false,
          plugins: limited,
          validate: { payload: Joi.object({ email: Joi.string().email().required(), password: Joi.string().required() }) },
        },
        handler: async (request, h) => {
          const { email, password } = request.payload as { email: string; password: string };
          const user = await User.query().findOne({ email: email.toLowerCase() });
          if (!user || !(await bcrypt.compare(password, user.password_hash))) throw Boom.unauthorized('Invalid credentials');
          const token = jwt.sign({ sub: user.id }, config.jwtSecret, { algorithm: 'HS256', expiresIn: config.tokenTtl });
          return h.response({ token }).state('lt_session', token);
        },
      },
      // expect: missing-rate-limit
      // ok: missing-auth, missing-input-validation
      {
        method: 'POST',
        path: '/signup',
        options: {
          auth: false,
          validate: {
            payload: Joi.object({
              labName: Joi.string().max(200).required(),
              email: Joi.string().email().required(),
              password: Joi.string().min(10).required(),
            }),
          },
        },
        handler: async (request, h) => {
          const { labName, email, password } = request.payload as { labName: string; email: string; password: string };
          const lab = await Lab.query().insert({ name: labName });
          const user = await User.query().insert({
            lab_id: lab.id,
            email: email.toLowerCase(),
            password_hash: await bcrypt.hash(password, 12),
            role: 'lab_admin',
          });
          return h.response({ id: user.id, labId: lab.id }).code(201);
        },
      },
      // ok: missing-auth
      {
        method: 'GET',
        path: '/me',
        handler: async (request) => {
          const creds = request.auth.credentials as unknown as Credentials;
          const user = await User.query().findById(creds.userId).select('id', 'email', 'role', 'lab_id');
          return user;
        },
      },
    ]);
  },
};
