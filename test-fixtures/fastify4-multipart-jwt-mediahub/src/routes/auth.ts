import type { FastifyPluginAsync } from 'fastify';
import bcrypt from 'bcrypt';
import { prisma } from '../lib/prisma.js';

const isProd = process.env.NODE_ENV === 'production';

const loginSchema = {
  body: {
    type: 'object',
    required: ['email', 'password'],
    properties: { email: { type: 'string', format: 'email' }, password: { type: 'string', minLength: 8 } },
    additionalProperties: false,
  },
};

export const authRoutes: FastifyPluginAsync = async (app) => {
  // ok: missing-rate-limit, missing-input-validation, missing-auth
  app.post<{ Body: { email: string; password: string } }>('/login', { schema: loginSchema, config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (request, reply) => {
    const user = await prisma.user.findUnique({ where: { email: request.body.email } });
    if (!user || !(await bcrypt.compare(request.body.password, user.passwordHash))) {
      return reply.code(401).send({ error: 'Invalid credentials' });
    }
    const token = await reply.jwtSign({ sub: user.id, workspaceId: user.workspaceId, role: user.role as 'editor' | 'owner' });
    const refresh = await reply.jwtSign({ sub: user.id, workspaceId: user.workspaceId, role: 'editor' }, { expiresIn: '30d' });
    // ok: insecure-cookie
    reply.setCookie('mh_session', token, { path: '/', httpOnly: true, secure: isProd, sameSite: 'strict' });
    // expect: insecure-cookie
    reply.setCookie('mh_refresh', refresh, { path: '/auth/refresh', httpOnly: true });
    // ok: insecure-cookie
    reply.setCookie('mh_locale', 'en-GB', { path: '/' });
    return { ok: true };
  });

  // expect: missing-rate-limit, missing-input-validation
  // ok: missing-auth
  app.post<{ Body: { email: string; password: string; workspaceName: string } }>('/signup', async (request, reply) => {
    const passwordHash = await bcrypt.hash(request.body.password, 12);
    const user = await prisma.user.create({
      data: {
        email: request.body.email,
        passwordHash,
        role: 'owner',
        workspace: { create: { name: request.body.workspaceName } },
      },
    });
    const token = await reply.jwtSign({ sub: user.id, workspaceId: user.workspaceId, role: 'owner' });
    // expect: insecure-cookie
    reply.setCookie('mh_session', token, { path: '/' });
    return reply.code(201).send({ id: user.id });
  });

  // ok: missing-auth, missing-rate-limit
  app.post('/logout', async (_request, reply) => {
    reply.clearCookie('mh_session', { path: '/' });
    return { ok: true };
  });
};
