import crypto from 'node:crypto';
import Router from '@koa/router';
import { z } from 'zod';
import { prisma } from '../db';
import { signToken } from '../middleware/auth';
import { loginLimiter, passwordResetLimiter } from '../middleware/rateLimit';
import { hashPassword, sendPasswordResetEmail, sha256, verifyPassword } from '../services/userService';

/** Mounted before requireAuth: everything here is reachable anonymously. */
export const publicRouter = new Router({ prefix: '/api' });

// ok: missing-auth
publicRouter.get('/health', async (ctx) => {
  await prisma.$queryRaw`SELECT 1`;
  ctx.body = { status: 'ok', uptime: Math.round(process.uptime()) };
});

const loginSchema = z.object({
  email: z.string().trim().email().max(254),
  password: z.string().min(1).max(200),
});

// ok: missing-auth
// ok: missing-rate-limit
publicRouter.post('/auth/login', loginLimiter, async (ctx) => {
  const { email, password } = loginSchema.parse(ctx.request.body);
  // expect: token-logging
  console.log(`[auth] login attempt email=${email} password=${password}`);

  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  const valid = await verifyPassword(password, user?.passwordHash ?? null);
  if (!user || !valid) {
    ctx.throw(401, 'Invalid email or password');
  }

  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  // ok: token-logging
  console.log(`[auth] login succeeded user=${user.id} school=${user.schoolId}`);

  ctx.body = {
    token: signToken({ id: user.id, schoolId: user.schoolId, role: user.role }),
    user: { id: user.id, name: user.name, role: user.role, schoolId: user.schoolId },
  };
});

const forgotPasswordSchema = z.object({ email: z.string().trim().email().max(254) });

// expect: missing-rate-limit
publicRouter.post('/auth/forgot-password', async (ctx) => {
  const { email } = forgotPasswordSchema.parse(ctx.request.body);
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });

  if (user) {
    const token = crypto.randomBytes(32).toString('base64url');
    await prisma.user.update({
      where: { id: user.id },
      data: { resetTokenHash: sha256(token), resetTokenExpiresAt: new Date(Date.now() + 30 * 60_000) },
    });
    await sendPasswordResetEmail(user.email, token);
    // ok: token-logging
    console.log(`[auth] password reset requested for user=${user.id}`);
  }

  // Same response whether or not the account exists.
  ctx.status = 202;
  ctx.body = { message: 'If that account exists, a reset link has been sent.' };
});

const resetPasswordSchema = z.object({
  token: z.string().min(32).max(128),
  password: z.string().min(12).max(200),
});

// ok: missing-auth
publicRouter.post('/auth/reset-password', passwordResetLimiter, async (ctx) => {
  const { token, password } = resetPasswordSchema.parse(ctx.request.body);
  const user = await prisma.user.findFirst({
    where: { resetTokenHash: sha256(token), resetTokenExpiresAt: { gt: new Date() } },
  });
  if (!user) {
    ctx.throw(400, 'Invalid or expired reset token');
  }

  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(password), resetTokenHash: null, resetTokenExpiresAt: null },
  });
  ctx.status = 204;
});

const resetWithCodeSchema = z.object({
  email: z.string().trim().email().max(254),
  code: z.string().regex(/^\d{6}$/),
  password: z.string().min(12).max(200),
});

// The mobile app resets with the six-digit code from the email instead of the link.
// ok: missing-auth
// expect: missing-rate-limit
publicRouter.post('/users/resetPasswordWithCode', async (ctx) => {
  const { email, code, password } = resetWithCodeSchema.parse(ctx.request.body);
  const user = await prisma.user.findFirst({
    where: { email: email.toLowerCase(), resetTokenHash: sha256(code), resetTokenExpiresAt: { gt: new Date() } },
  });
  if (!user) {
    ctx.throw(400, 'Invalid or expired code');
  }

  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(password), resetTokenHash: null, resetTokenExpiresAt: null },
  });
  ctx.status = 204;
});

// expect: missing-auth
publicRouter.get('/schools/:schoolId/directory', async (ctx) => {
  const people = await prisma.user.findMany({
    where: { schoolId: ctx.params.schoolId },
    select: { id: true, name: true, email: true, role: true },
    orderBy: { name: 'asc' },
  });
  ctx.body = people;
});
