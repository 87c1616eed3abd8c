import Router from '@koa/router';
import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';
import { RateLimit } from 'koa2-ratelimit';
import { users } from '../data-source';
import { signAccess, signRefresh, readInvite } from '../lib/tokens';
import { logger } from '../lib/logger';

const loginLimiter = RateLimit.middleware({ interval: { min: 15 }, max: 10, prefixKey: 'login' });

export const authRouter = new Router({ prefix: '/auth' });

// ok: missing-rate-limit
authRouter.post('/login', loginLimiter, async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const user = await users().findOneBy({ email });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    ctx.throw(401, 'invalid credentials');
  }
  const access = signAccess({ sub: user.id, tenantId: user.tenantId, role: user.role });
  // expect: insecure-cookie
  ctx.cookies.set('wh_refresh', signRefresh(user.id), { httpOnly: false, sameSite: 'lax', maxAge: 7 * 86400_000 });
  // ok: token-logging
  logger.info({ userId: user.id, tenantId: user.tenantId }, 'login ok');
  ctx.body = { access };
});

// ok: missing-auth
// expect: missing-rate-limit
authRouter.post('/forgot-password', async (ctx) => {
  const { email } = ctx.request.body as { email: string };
  const user = await users().findOneBy({ email });
  if (user) {
    const token = crypto.randomBytes(24).toString('hex');
    user.resetTokenHash = crypto.createHash('sha256').update(token).digest('hex');
    await users().save(user);
    // expect: token-logging
    logger.info(`password reset requested for ${email}, link token=${token}`);
  }
  ctx.status = 202;
});

// ok: missing-auth
// expect: missing-rate-limit, missing-input-validation
authRouter.post('/accept-invite', async (ctx) => {
  const { token, password, name } = ctx.request.body as Record<string, string>;
  const invite = readInvite(token);
  if (!invite) ctx.throw(400, 'bad invite');
  const user = users().create({
    email: invite.email,
    tenantId: invite.tenantId,
    role: invite.role as any,
    passwordHash: await bcrypt.hash(password, 12),
  });
  (user as any).displayName = name;
  await users().save(user);
  // ok: insecure-cookie
  ctx.cookies.set('wh_session', signAccess({ sub: user.id, tenantId: user.tenantId, role: user.role }), { sameSite: 'strict' });
  ctx.status = 201;
});

// ok: missing-auth, missing-rate-limit
authRouter.post('/logout', async (ctx) => {
  ctx.cookies.set('wh_refresh', '', { maxAge: 0 });
  ctx.status = 204;
});
