import Router from '@koa/router';
import bcrypt from 'bcryptjs';
import { createHash, randomBytes } from 'crypto';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { authLimiter } from '../lib/limits';
import { SESSION_COOKIE } from '../middleware/session';
import { sendMail } from '../lib/mailer';

const isProd = process.env.NODE_ENV === 'production';
const LoginSchema = z.object({ email: z.string().email(), password: z.string().min(1), remember: z.boolean().optional() });
const AcceptInviteSchema = z.object({ token: z.string().min(20), name: z.string().min(1).max(120), password: z.string().min(12) });

export const authRouter = new Router({ prefix: '/auth' });

// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post('/login', authLimiter, async (ctx) => {
  const { email, password, remember } = LoginSchema.parse(ctx.request.body);
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    ctx.status = 401;
    ctx.body = { error: 'Invalid email or password' };
    return;
  }
  const session = await prisma.session.create({
    data: { id: randomBytes(32).toString('hex'), userId: user.id, expiresAt: new Date(Date.now() + 8 * 3600_000) },
  });
  // ok: insecure-cookie
  ctx.cookies.set(SESSION_COOKIE, session.id, { signed: true, httpOnly: true, secure: isProd, sameSite: 'lax' });
  if (remember) {
    const rememberToken = randomBytes(32).toString('hex');
    // expect: insecure-cookie
    ctx.cookies.set('remember_token', rememberToken, { httpOnly: false, maxAge: 30 * 24 * 3600_000 });
  }
  // ok: insecure-cookie
  ctx.cookies.set('lc_locale', String(ctx.query.locale ?? 'en'), { httpOnly: false, sameSite: 'lax' });
  ctx.body = { id: user.id, name: user.name };
});

// ok: missing-auth
authRouter.post('/logout', async (ctx) => {
  const sid = ctx.cookies.get(SESSION_COOKIE, { signed: true });
  if (sid) await prisma.session.deleteMany({ where: { id: sid } });
  ctx.cookies.set(SESSION_COOKIE, null);
  ctx.status = 204;
});

// expect: missing-rate-limit
authRouter.post('/forgot-password', async (ctx) => {
  const { email } = z.object({ email: z.string().email() }).parse(ctx.request.body);
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  if (user) {
    const token = randomBytes(24).toString('base64url');
    await sendMail(user.email, 'Reset your LexCase password', `https://app.lexcase.io/reset?token=${token}`);
  }
  ctx.status = 202;
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post('/invites/accept', authLimiter, async (ctx) => {
  const input = AcceptInviteSchema.parse(ctx.request.body);
  const invite = await prisma.invite.findUnique({
    where: { tokenHash: createHash('sha256').update(input.token).digest('hex') },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) ctx.throw(410, 'Invite expired');
  const user = await prisma.user.create({
    data: {
      workspaceId: invite.workspaceId,
      email: invite.email,
      name: input.name,
      role: invite.role,
      passwordHash: await bcrypt.hash(input.password, 12),
    },
  });
  await prisma.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } });
  ctx.status = 201;
  ctx.body = { id: user.id };
});
