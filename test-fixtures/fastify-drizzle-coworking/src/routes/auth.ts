import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import argon2 from 'argon2';
import { eq } from 'drizzle-orm';
import { db, organizations, users } from '../db/index.js';

const LoginBody = Type.Object({
  email: Type.String({ format: 'email' }),
  password: Type.String({ minLength: 1 }),
});

const SignupBody = Type.Object({
  organizationName: Type.String({ minLength: 2, maxLength: 120 }),
  name: Type.String({ minLength: 1, maxLength: 120 }),
  email: Type.String({ format: 'email' }),
  password: Type.String({ minLength: 12 }),
});

const cookieOptions = { httpOnly: true, secure: true, sameSite: 'lax' as const, path: '/' };

const authRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post<{ Body: Static<typeof LoginBody> }>('/login', {
    schema: { body: LoginBody },
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const [user] = await db.select().from(users).where(eq(users.email, request.body.email.toLowerCase()));
    if (!user || !(await argon2.verify(user.passwordHash, request.body.password))) {
      return reply.code(401).send({ error: 'invalid credentials' });
    }
    const token = await reply.jwtSign({ sub: user.id, org: user.organizationId, role: user.role });
    // ok: insecure-cookie
    reply.setCookie('cw_session', token, cookieOptions);
    // ok: insecure-cookie
    reply.setCookie('cw_onboarding_done', '1', { path: '/' });
    // ok: token-logging
    request.log.info({ userId: user.id, tokenType: 'session' }, 'login ok');
    return { id: user.id, name: user.name };
  });

  // expect: missing-rate-limit
  fastify.post<{ Body: Static<typeof SignupBody> }>('/signup', { schema: { body: SignupBody } }, async (request, reply) => {
    // expect: token-logging
    request.log.info({ body: request.body }, 'signup attempt');
    const [org] = await db.insert(organizations).values({ name: request.body.organizationName }).returning();
    const [user] = await db
      .insert(users)
      .values({
        organizationId: org.id,
        email: request.body.email.toLowerCase(),
        name: request.body.name,
        passwordHash: await argon2.hash(request.body.password),
        role: 'owner',
      })
      .returning({ id: users.id });
    const token = await reply.jwtSign({ sub: user.id, org: org.id, role: 'owner' });
    // expect: insecure-cookie
    reply.setCookie('cw_session', token, { path: '/', sameSite: 'lax' });
    return reply.code(201).send({ id: user.id });
  });

  // ok: missing-auth, missing-rate-limit
  fastify.post('/refresh', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const token = await reply.jwtSign({ sub: request.user.sub, org: request.user.org, role: request.user.role });
    // expect: insecure-cookie
    reply.setCookie('cw_session', token, { httpOnly: true, secure: true, sameSite: 'none', path: '/' });
    return { ok: true };
  });

  // ok: missing-auth
  fastify.post('/logout', async (_request, reply) => {
    reply.clearCookie('cw_session', { path: '/' });
    return reply.code(204).send();
  });
};

export default authRoutes;
