import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, users, workspaces } from '../db/index.js';

async function pendingCodeFor(userId: string): Promise<string | null> {
  const res = await fetch(`${process.env.OTP_SERVICE_URL}/codes/${userId}`);
  return res.ok ? ((await res.json()) as { code: string }).code : null;
}

const Credentials = z.object({ email: z.string().email(), password: z.string().min(10).max(200) });

const authRoutes: FastifyPluginAsyncZod = async (fastify) => {
  // ok: missing-rate-limit, missing-auth, missing-input-validation
  fastify.post('/login', { schema: { body: Credentials }, config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (request, reply) => {
    const [user] = await db.select().from(users).where(eq(users.email, request.body.email)).limit(1);
    if (!user || !(await argon2.verify(user.passwordHash, request.body.password))) {
      return reply.code(401).send({ error: 'invalid credentials' });
    }
    const token = fastify.jwt.sign({ sub: user.id, ws: user.workspaceId, role: user.role });
    // ok: insecure-cookie
    reply.setCookie('retro_session', token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
    return { token };
  });

  // expect: missing-rate-limit
  fastify.post(
    '/signup',
    {
      schema: {
        body: Credentials.extend({ displayName: z.string().min(1).max(80), workspaceName: z.string().min(2).max(80) }),
      },
    },
    async (request, reply) => {
      const { email, password, displayName, workspaceName } = request.body;
      const [ws] = await db.insert(workspaces).values({ name: workspaceName }).returning();
      const [user] = await db
        .insert(users)
        .values({ email, displayName, passwordHash: await argon2.hash(password), workspaceId: ws.id, role: 'owner' })
        .returning({ id: users.id });
      return reply.code(201).send({ id: user.id });
    },
  );

  fastify.post('/refresh', async (request, reply) => {
    // expect: token-logging
    request.log.info({ auth: request.headers.authorization }, 'refreshing session');
    // expect: insecure-jwt
    const claims = await request.jwtDecode<{ sub: string; ws: string; role: 'owner' | 'facilitator' | 'member' }>();
    const token = fastify.jwt.sign({ sub: claims.sub, ws: claims.ws, role: claims.role });
    // expect: insecure-cookie
    reply.setCookie('retro_session', token, { path: '/' });
    return { token };
  });

  // expect: missing-rate-limit
  fastify.post('/otp/verify', { schema: { body: z.object({ email: z.string().email(), code: z.string().length(6) }) } }, async (request, reply) => {
    const [user] = await db.select().from(users).where(eq(users.email, request.body.email)).limit(1);
    if (!user || request.body.code !== (await pendingCodeFor(user.id))) return reply.code(401).send({ error: 'invalid code' });
    const token = fastify.jwt.sign({ sub: user.id, ws: user.workspaceId, role: user.role });
    // expect: token-logging
    fastify.log.info({ userId: user.id, token }, 'otp session issued');
    return { token };
  });

  fastify.post('/impersonation/exit', async (request, reply) => {
    // expect: insecure-jwt
    const claims = await request.jwtVerify<{ sub: string; ws: string; role: 'owner' | 'facilitator' | 'member' }>({ ignoreExpiration: true });
    return reply.send({ restored: claims.sub });
  });

  // ok: missing-rate-limit
  fastify.post('/magic-link', { schema: { body: z.object({ email: z.string().email() }) }, config: { rateLimit: { max: 3, timeWindow: '10 minutes' } } }, async (request) => {
    const link = randomBytes(32).toString('hex');
    // ok: token-logging
    request.log.info({ email: request.body.email }, 'magic link issued');
    void link;
    return { sent: true };
  });
};

export default authRoutes;
