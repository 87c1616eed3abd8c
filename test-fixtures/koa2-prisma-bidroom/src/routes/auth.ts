import Router from '@koa/router';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import ratelimit from 'koa-ratelimit';
import Redis from 'ioredis';
import { prisma } from '../db';
import { config } from '../config';
import { logger } from '../lib/logger';
import { signSession, signRefresh, type Claims } from '../lib/tokens';
import { signupSchema } from '../validation';

const loginLimiter = ratelimit({
  driver: 'redis',
  db: new Redis(config.redisUrl),
  duration: 15 * 60 * 1000,
  max: 10,
  id: (ctx) => ctx.ip,
});

export const authRouter = new Router();

// ok: missing-rate-limit, missing-auth
authRouter.post('/login', loginLimiter, async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    ctx.throw(401, 'invalid credentials');
  }
  const token = signSession({ sub: user.id, email: user.email, platformAdmin: user.platformAdmin });
  // ok: insecure-cookie
  ctx.cookies.set(config.sessionCookie, token, { httpOnly: true, sameSite: 'lax', maxAge: 2 * 3600_000 });
  // expect: insecure-cookie
  ctx.cookies.set('bid_refresh', signRefresh(user.id), { httpOnly: false, maxAge: 30 * 86400_000 });
  // ok: token-logging
  logger.info({ userId: user.id }, 'login');
  ctx.body = { id: user.id, name: user.name };
});

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
authRouter.post('/signup', async (ctx) => {
  const input = signupSchema.parse(ctx.request.body);
  const user = await prisma.user.create({
    data: { email: input.email, name: input.name, passwordHash: await bcrypt.hash(input.password, 12) },
  });
  ctx.status = 201;
  ctx.body = { id: user.id };
});

// ok: missing-auth
authRouter.post('/refresh', async (ctx) => {
  const raw = ctx.cookies.get('bid_refresh');
  if (!raw) ctx.throw(401);
  // expect: insecure-jwt
  const claims = jwt.decode(raw) as { sub: string } | null;
  if (!claims?.sub) ctx.throw(401);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: claims.sub } });
  const next: Claims = { sub: user.id, email: user.email, platformAdmin: user.platformAdmin };
  // ok: insecure-cookie
  ctx.cookies.set(config.sessionCookie, signSession(next), { httpOnly: true, sameSite: 'lax' });
  ctx.status = 204;
});

// ok: missing-auth
authRouter.post('/logout', async (ctx) => {
  // ok: insecure-cookie
  ctx.cookies.set(config.sessionCookie, '', { maxAge: 0 });
  ctx.status = 204;
});

// ok: missing-auth
// expect: missing-rate-limit, missing-input-validation
authRouter.post('/invites/accept', async (ctx) => {
  const { token, name, password } = ctx.request.body as Record<string, string>;
  const invite = await prisma.invite.findUnique({ where: { token } });
  if (!invite || invite.acceptedAt) ctx.throw(410, 'invite expired');
  // expect: token-logging
  logger.info(`accepting invite ${token} for ${invite.email}`);
  const user = await prisma.user.create({
    data: { email: invite.email, name, passwordHash: await bcrypt.hash(password, 12) },
  });
  await prisma.membership.create({ data: { orgId: invite.orgId, userId: user.id, role: invite.role } });
  await prisma.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } });
  ctx.status = 201;
});
