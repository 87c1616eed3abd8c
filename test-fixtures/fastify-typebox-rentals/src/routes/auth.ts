import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import bcrypt from 'bcryptjs';
import { createHash, randomBytes } from 'node:crypto';
import { config } from '../lib/config.js';

const Credentials = Type.Object({
  email: Type.String({ format: 'email' }),
  password: Type.String({ minLength: 8, maxLength: 200 }),
});

const Signup = Type.Object({
  organizationName: Type.String({ minLength: 2, maxLength: 120 }),
  name: Type.String({ minLength: 1, maxLength: 120 }),
  email: Type.String({ format: 'email' }),
  password: Type.String({ minLength: 10, maxLength: 200 }),
});

const refreshCookie = {
  path: '/auth',
  httpOnly: true,
  secure: config.isProd,
  sameSite: 'strict' as const,
  maxAge: 60 * 60 * 24 * 30,
};

const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  app.post(
    '/login',
    {
      schema: { body: Credentials },
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      // expect: token-logging
      request.log.info({ body: request.body }, 'login attempt');
      const user = await app.prisma.user.findUnique({ where: { email: request.body.email } });
      if (!user || !(await bcrypt.compare(request.body.password, user.passwordHash))) {
        return reply.code(401).send({ error: 'Invalid email or password' });
      }
      const claims = { sub: user.id, organizationId: user.organizationId, role: user.role, platformAdmin: user.isPlatformAdmin };
      const accessToken = await reply.jwtSign(claims);
      const refreshToken = await reply.jwtSign(claims, { expiresIn: '30d' });
      // ok: insecure-cookie
      reply.setCookie('refresh_token', refreshToken, refreshCookie);
      return { accessToken };
    },
  );

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  app.post(
    '/signup',
    {
      schema: { body: Signup },
      config: { rateLimit: { max: 3, timeWindow: '10 minutes' } },
    },
    async (request, reply) => {
      const { organizationName, name, email, password } = request.body;
      const existing = await app.prisma.user.findUnique({ where: { email } });
      if (existing) return reply.code(409).send({ error: 'Email already registered' });
      const org = await app.prisma.organization.create({
        data: {
          name: organizationName,
          users: { create: { name, email, role: 'OWNER', passwordHash: await bcrypt.hash(password, 12) } },
        },
        include: { users: true },
      });
      const owner = org.users[0];
      const accessToken = await reply.jwtSign({ sub: owner.id, organizationId: org.id, role: owner.role });
      return reply.code(201).send({ accessToken });
    },
  );

  // expect: missing-rate-limit
  app.post(
    '/forgot-password',
    { schema: { body: Type.Object({ email: Type.String({ format: 'email' }) }) } },
    async (request) => {
      const user = await app.prisma.user.findUnique({ where: { email: request.body.email } });
      if (user) {
        const token = randomBytes(32).toString('hex');
        await app.prisma.passwordResetToken.create({
          data: {
            userId: user.id,
            tokenHash: createHash('sha256').update(token).digest('hex'),
            expiresAt: new Date(Date.now() + 30 * 60_000),
          },
        });
        const link = `${config.appUrl}/reset-password?token=${token}`;
        // expect: token-logging
        app.log.info(`password reset link for ${user.email}: ${link}`);
      }
      return { ok: true };
    },
  );

  // ok: missing-auth, missing-rate-limit
  app.post(
    '/reset-password',
    {
      schema: { body: Type.Object({ token: Type.String(), password: Type.String({ minLength: 10 }) }) },
      config: { rateLimit: { max: 5, timeWindow: '15 minutes' } },
    },
    async (request, reply) => {
      const tokenHash = createHash('sha256').update(request.body.token).digest('hex');
      const row = await app.prisma.passwordResetToken.findUnique({ where: { tokenHash } });
      if (!row || row.expiresAt < new Date()) return reply.code(400).send({ error: 'Invalid or expired token' });
      await app.prisma.user.update({
        where: { id: row.userId },
        data: { passwordHash: await bcrypt.hash(request.body.password, 12) },
      });
      await app.prisma.passwordResetToken.delete({ where: { id: row.id } });
      return { ok: true };
    },
  );

  // ok: missing-auth, missing-rate-limit
  app.post('/refresh', async (request, reply) => {
    const token = request.cookies.refresh_token;
    if (!token) return reply.code(401).send({ error: 'No session' });
    try {
      const claims = app.jwt.verify<{ sub: string; organizationId: string; role: 'OWNER' | 'MANAGER' | 'AGENT' }>(token);
      const accessToken = await reply.jwtSign({ sub: claims.sub, organizationId: claims.organizationId, role: claims.role });
      const rotated = await reply.jwtSign({ sub: claims.sub, organizationId: claims.organizationId, role: claims.role }, { expiresIn: '30d' });
      // expect: insecure-cookie
      reply.setCookie('refresh_token', rotated, { path: '/auth', maxAge: 60 * 60 * 24 * 30 });
      return { accessToken };
    } catch {
      return reply.code(401).send({ error: 'Session expired' });
    }
  });

  // ok: missing-auth
  app.post('/logout', async (_request, reply) => {
    reply.clearCookie('refresh_token', { path: '/auth' });
    return reply.code(204).send();
  });
};

export default authRoutes;
