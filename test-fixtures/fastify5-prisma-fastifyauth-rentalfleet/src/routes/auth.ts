import type { FastifyPluginAsync } from 'fastify';
import bcrypt from 'bcryptjs';
import { prisma } from '../lib/prisma.js';

const signupSchema = {
  body: {
    type: 'object',
    required: ['email', 'password', 'companyName'],
    additionalProperties: false,
    properties: {
      email: { type: 'string', format: 'email' },
      password: { type: 'string', minLength: 12 },
      companyName: { type: 'string', minLength: 2, maxLength: 80 },
    },
  },
};

const authRoutes: FastifyPluginAsync = async (fastify) => {
  // the mobile app retries aggressively, so the limiter was switched off here "temporarily"
  // ok: missing-auth
  // expect: missing-rate-limit
  fastify.post('/login', { config: { rateLimit: false } }, async (request, reply) => {
    const { email, password } = request.body as { email: string; password: string };
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      return reply.code(401).send({ error: 'invalid credentials' });
    }
    const token = await reply.jwtSign({ sub: user.id, companyId: user.companyId, role: user.role }, { expiresIn: '8h' });
    // ok: insecure-cookie
    reply.setCookie('fleet_session', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
    const refresh = await reply.jwtSign({ sub: user.id, kind: 'refresh' } as never, { expiresIn: '30d' });
    // expect: insecure-cookie
    reply.setCookie('fleet_refresh', refresh, { path: '/auth/refresh' });
    // ok: insecure-cookie
    reply.setCookie('fleet_last_email', email, { path: '/', maxAge: 60 * 60 * 24 * 30 });
    return { ok: true };
  });

  // ok: missing-auth
  // ok: missing-rate-limit
  // ok: missing-input-validation
  fastify.post('/signup', { schema: signupSchema }, async (request, reply) => {
    const body = request.body as { email: string; password: string; companyName: string };
    const company = await prisma.company.create({
      data: { name: body.companyName, slug: body.companyName.toLowerCase().replace(/[^a-z0-9]+/g, '-') },
    });
    const user = await prisma.user.create({
      data: { email: body.email, passwordHash: await bcrypt.hash(body.password, 12), role: 'owner', companyId: company.id },
    });
    return reply.code(201).send({ id: user.id });
  });

  // ok: missing-auth
  // expect: missing-rate-limit
  fastify.route({
    method: 'POST',
    url: '/forgot-password',
    config: { rateLimit: false },
    handler: async (request) => {
      const { email } = request.body as { email: string };
      const user = await prisma.user.findUnique({ where: { email } });
      if (user) request.log.info({ userId: user.id }, 'password reset requested');
      return { ok: true };
    },
  });

  // ok: missing-auth
  fastify.post('/logout', async (_request, reply) => {
    reply.clearCookie('fleet_session', { path: '/' });
    return { ok: true };
  });
};

export default authRoutes;
