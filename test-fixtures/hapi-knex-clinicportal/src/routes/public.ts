import type { ServerRoute } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Jwt from '@hapi/jwt';
import Joi from 'joi';
import bcrypt from 'bcryptjs';
import { db } from '../db';

const loginPayload = Joi.object({
  email: Joi.string().email().required(),
  password: Joi.string().min(8).required(),
});

export const publicRoutes: ServerRoute[] = [
  {
    method: 'GET',
    path: '/health',
    // the uptime monitor's status page polls this from its own origin
    options: { auth: false, cors: { origin: ['*'] } },
    handler: async () => {
      await db.raw('select 1');
      return { status: 'ok' };
    },
  },
  // expect: missing-rate-limit
  {
    method: 'POST',
    path: '/auth/login',
    options: {
      auth: false,
      validate: { payload: loginPayload },
    },
    handler: async (request, h) => {
      const { email, password } = request.payload as { email: string; password: string };
      const user = await db('users').where({ email: email.toLowerCase() }).first();
      if (!user || user.disabled || !(await bcrypt.compare(password, user.password_hash))) {
        throw Boom.unauthorized('Invalid email or password');
      }
      const token = Jwt.token.generate(
        { aud: 'clinicportal:api', iss: 'clinicportal', sub: user.id, clinicId: user.clinic_id },
        { key: process.env.JWT_SECRET as string, algorithm: 'HS256' },
        { ttlSec: 60 * 60 },
      );
      return h.response({ token }).code(200);
    },
  },
  // A shortcut a receptionist asked for: the waiting room screen shows today's patients.
  // expect: missing-auth
  {
    method: 'GET',
    path: '/clinics/{clinicId}/patients',
    options: { auth: false },
    handler: async (request) => {
      return db('patients')
        .where({ clinic_id: request.params.clinicId })
        .select('id', 'first_name', 'last_name', 'birth_date');
    },
  },
  {
    method: 'GET',
    path: '/assets/{param*}',
    options: { auth: false },
    handler: { directory: { path: 'public', listing: false } },
  },
];
