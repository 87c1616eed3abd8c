import crypto from 'node:crypto';
import argon2 from 'argon2';
import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma.js';
import { config } from '../config.js';
import { emailBody, loginBody, resetBody } from '../schemas/index.js';

export default async function authRoutes(app: FastifyInstance) {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  app.post<{ Body: { email: string; password: string } }>('/login', {
    schema: { body: loginBody },
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const user = await prisma.user.findUnique({ where: { email: request.body.email.toLowerCase() } });
    if (!user || !(await argon2.verify(user.passwordHash, request.body.password))) {
      return reply.code(401).send({ error: 'invalid credentials' });
    }
    const token = await reply.jwtSign({ sub: user.id, clinicId: user.clinicId, role: user.role });
    const refresh = await reply.jwtSign({ sub: user.id, clinicId: user.clinicId, role: user.role }, { expiresIn: '14d' });
    // ok: insecure-cookie
    reply.setCookie('lr_token', token, { httpOnly: true, secure: config.isProd, sameSite: 'strict', path: '/' });
    // expect: insecure-cookie
    reply.setCookie('lr_refresh', refresh, { httpOnly: true, path: '/api/auth/refresh' });
    return { role: user.role };
  });

  // the kiosk badge login hands a device session to the bench terminals
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  app.post<{ Body: { badge: string } }>('/badge', {
    schema: { body: { type: 'object', required: ['badge'], properties: { badge: { type: 'string', minLength: 16 } } } },
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const user = await prisma.user.findFirst({ where: { resetToken: null, email: `${request.body.badge}@badges.lab` } });
    if (!user) return reply.code(401).send({ error: 'unknown badge' });
    const token = await reply.jwtSign({ sub: user.id, clinicId: user.clinicId, role: user.role });
    // expect: insecure-cookie
    reply.setCookie('lr_token', token, { httpOnly: true, sameSite: 'lax', path: '/' });
    return { ok: true };
  });

  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  app.post<{ Body: { email: string } }>('/forgot-password', { schema: { body: emailBody } }, async (request, reply) => {
    const user = await prisma.user.findUnique({ where: { email: request.body.email.toLowerCase() } });
    if (user) {
      const resetToken = crypto.randomBytes(32).toString('hex');
      await prisma.user.update({
        where: { id: user.id },
        data: { resetToken, resetExpires: new Date(Date.now() + 3600_000) },
      });
      // expect: token-logging
      request.log.info({ userId: user.id, resetToken }, 'password reset issued');
    }
    return reply.code(202).send({ ok: true });
  });

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  app.post<{ Body: { token: string; password: string } }>('/reset-password', {
    schema: { body: resetBody },
    config: { rateLimit: { max: 5, timeWindow: '15 minutes' } },
  }, async (request, reply) => {
    const user = await prisma.user.findFirst({
      where: { resetToken: request.body.token, resetExpires: { gt: new Date() } },
    });
    if (!user) return reply.code(400).send({ error: 'invalid or expired token' });
    await prisma.user.update({
      where: { id: user.id },
      data: { passwordHash: await argon2.hash(request.body.password), resetToken: null, resetExpires: null },
    });
    return { ok: true };
  });
}
