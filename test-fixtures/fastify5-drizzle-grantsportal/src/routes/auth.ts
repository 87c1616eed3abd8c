import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, eq, gt } from 'drizzle-orm';
import { db, passwordResets, refreshTokens, users, workspaces } from '../db';
import { hashPassword, newToken, sha256, verifyPassword } from '../lib/passwords';
import { verifyInvite } from '../lib/invites';
import { sendMail } from '../lib/mailer';

const LoginBody = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });
const SignupBody = z.object({
  workspaceName: z.string().min(2).max(80),
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(12).max(200),
});
const ForgotBody = z.object({ email: z.string().email() });
const ResetBody = z.object({ token: z.string().min(20), password: z.string().min(12).max(200) });
const AcceptInviteBody = z.object({ token: z.string(), name: z.string().min(1).max(80), password: z.string().min(12) });

const REFRESH_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const authRoutes: FastifyPluginAsyncZod = async (fastify) => {
  async function issueRefreshToken(userId: string) {
    const token = newToken();
    await db.insert(refreshTokens).values({ userId, tokenHash: sha256(token), expiresAt: new Date(Date.now() + REFRESH_TTL_MS) });
    return token;
  }

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post('/login', { config: { rateLimit: { max: 5, timeWindow: '1 minute' } }, schema: { body: LoginBody } }, async (request, reply) => {
    const { email, password } = request.body;
    // ok: token-logging
    request.log.info({ email }, 'login attempt');
    const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
    if (!user || !(await verifyPassword(user.passwordHash, password))) {
      return reply.code(401).send({ error: 'invalid_credentials' });
    }
    const accessToken = fastify.jwt.sign({ sub: user.id, workspaceId: user.workspaceId, role: user.role });
    const refreshToken = await issueRefreshToken(user.id);
    // ok: insecure-cookie
    reply.setCookie('refresh_token', refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/auth/refresh' });
    return { accessToken };
  });

  // expect: missing-rate-limit
  fastify.post('/signup', { schema: { body: SignupBody } }, async (request, reply) => {
    // expect: token-logging
    request.log.debug({ body: request.body }, 'signup payload');
    const { workspaceName, name, email, password } = request.body;
    const user = await db.transaction(async (tx) => {
      const [ws] = await tx
        .insert(workspaces)
        .values({ name: workspaceName, slug: workspaceName.toLowerCase().replace(/[^a-z0-9]+/g, '-') })
        .returning();
      const [owner] = await tx
        .insert(users)
        .values({ workspaceId: ws.id, name, email: email.toLowerCase(), passwordHash: await hashPassword(password), role: 'owner' })
        .returning();
      return owner;
    });
    const accessToken = fastify.jwt.sign({ sub: user.id, workspaceId: user.workspaceId, role: user.role });
    return reply.code(201).send({ accessToken });
  });

  // expect: missing-rate-limit
  fastify.post('/password/forgot', { schema: { body: ForgotBody } }, async (request) => {
    const [user] = await db.select().from(users).where(eq(users.email, request.body.email.toLowerCase())).limit(1);
    if (user) {
      const token = newToken();
      await db.insert(passwordResets).values({ userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 3600_000) });
      const resetUrl = `${process.env.APP_URL}/reset-password?token=${token}`;
      // expect: token-logging
      request.log.info(`password reset link for ${user.id}: ${resetUrl}`);
      await sendMail(user.email, 'Reset your password', `Open ${resetUrl} to choose a new password.`);
    }
    return { ok: true };
  });

  // ok: missing-auth, missing-rate-limit
  fastify.post('/password/reset', { config: { rateLimit: { max: 5, timeWindow: '15 minutes' } }, schema: { body: ResetBody } }, async (request, reply) => {
    const [reset] = await db
      .select()
      .from(passwordResets)
      .where(and(eq(passwordResets.tokenHash, sha256(request.body.token)), gt(passwordResets.expiresAt, new Date())))
      .limit(1);
    if (!reset) return reply.code(400).send({ error: 'invalid_token' });
    await db.update(users).set({ passwordHash: await hashPassword(request.body.password) }).where(eq(users.id, reset.userId));
    await db.delete(passwordResets).where(eq(passwordResets.id, reset.id));
    return { ok: true };
  });

  // ok: missing-rate-limit, missing-auth
  fastify.post('/invites/accept', { config: { rateLimit: { max: 10, timeWindow: '1 hour' } }, schema: { body: AcceptInviteBody } }, async (request, reply) => {
    const claims = verifyInvite(request.body.token);
    const [user] = await db
      .insert(users)
      .values({
        workspaceId: claims.workspaceId,
        email: claims.email,
        name: request.body.name,
        role: claims.role,
        passwordHash: await hashPassword(request.body.password),
      })
      .returning();
    return reply.code(201).send({ accessToken: fastify.jwt.sign({ sub: user.id, workspaceId: user.workspaceId, role: user.role }) });
  });

  // ok: missing-auth, missing-rate-limit
  fastify.post('/refresh', async (request, reply) => {
    const presented = request.cookies.refresh_token;
    if (!presented) return reply.code(401).send({ error: 'no_session' });
    const [row] = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, sha256(presented))).limit(1);
    if (!row || row.expiresAt < new Date()) return reply.code(401).send({ error: 'expired' });
    const [user] = await db.select().from(users).where(eq(users.id, row.userId)).limit(1);
    await db.delete(refreshTokens).where(eq(refreshTokens.id, row.id));
    const rotated = await issueRefreshToken(user.id);
    // ok: insecure-cookie
    reply.setCookie('refresh_token', rotated, { httpOnly: true, secure: true, sameSite: 'strict', path: '/auth/refresh' });
    return { accessToken: fastify.jwt.sign({ sub: user.id, workspaceId: user.workspaceId, role: user.role }) };
  });

  // ok: missing-auth
  fastify.post('/logout', async (request, reply) => {
    const presented = request.cookies.refresh_token;
    if (presented) await db.delete(refreshTokens).where(eq(refreshTokens.tokenHash, sha256(presented)));
    reply.clearCookie('refresh_token', { path: '/auth/refresh' });
    return reply.code(204).send();
  });

  // ok: missing-auth, missing-rate-limit
  fastify.post('/workspace-session', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const embedToken = fastify.jwt.sign({ sub: request.user.sub, workspaceId: request.user.workspaceId, role: request.user.role }, { expiresIn: '8h' });
    // expect: insecure-cookie
    reply.setCookie('ws_session', embedToken, { path: '/' });
    return { ok: true };
  });
};

export default authRoutes;
