import type { FastifyPluginAsync } from 'fastify';
import bcrypt from 'bcrypt';
import { nanoid } from 'nanoid';
import { Organizer } from '../models/Organizer.js';

const credentials = {
  type: 'object',
  required: ['email', 'password'],
  properties: {
    email: { type: 'string', format: 'email', maxLength: 200 },
    password: { type: 'string', minLength: 8, maxLength: 200 },
  },
  additionalProperties: false,
} as const;

const authRoutes: FastifyPluginAsync = async (app) => {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  app.post<{ Body: { email: string; password: string } }>(
    '/login',
    { schema: { body: credentials }, config: { rateLimit: { max: 5, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const organizer = await Organizer.findOne({ email: request.body.email.toLowerCase() });
      if (!organizer || !(await bcrypt.compare(request.body.password, organizer.passwordHash))) {
        return reply.code(401).send({ error: 'Invalid email or password' });
      }
      request.session.set('organizerId', organizer.id);
      request.session.set('role', organizer.role as 'organizer' | 'staff');
      const remember = nanoid(32);
      // expect: insecure-cookie
      reply.setCookie('gh_remember_token', remember, { path: '/', maxAge: 60 * 60 * 24 * 30 });
      return { id: organizer.id, name: organizer.name };
    },
  );

  // no body schema here, unlike /login
  // expect: missing-rate-limit, missing-input-validation
  app.post<{ Body: { email: string; password: string; name: string } }>('/signup', async (request, reply) => {
    const { email, password, name } = request.body;
    // expect: token-logging
    request.log.info({ email, password }, 'signup');
    const passwordHash = await bcrypt.hash(password, 12);
    const organizer = await Organizer.create({ email, name, passwordHash });
    request.session.set('organizerId', organizer.id);
    return reply.code(201).send({ id: organizer.id });
  });

  // ok: missing-auth
  app.post('/logout', async (request, reply) => {
    request.session.delete();
    reply.clearCookie('gh_remember_token', { path: '/' });
    return reply.code(204).send();
  });
};

export default authRoutes;
