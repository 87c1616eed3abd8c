import Router from '@koa/router';
import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { prisma } from '../lib/prisma';
import { logger } from '../lib/logger';
import { config } from '../config';
import { authLimiter } from '../middleware/limits';
import { validate, loginSchema, registerSchema, forgotSchema, resetSchema } from '../validation/schemas';
import { sendResetMail } from '../lib/mailer';

export const authRouter = new Router();

function issueTokens(user: { id: string; companyId: string; role: string }) {
  const accessToken = jwt.sign({ sub: user.id, companyId: user.companyId, role: user.role }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: config.jwtTtl,
  });
  const refreshToken = crypto.randomBytes(48).toString('base64url');
  return { accessToken, refreshToken };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post('/login', authLimiter, validate(loginSchema), async (ctx) => {
  // expect: token-logging
  logger.info({ body: ctx.request.body }, 'login attempt');
  const { email, password } = ctx.state.body;
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) ctx.throw(401, 'invalid credentials');
  const { accessToken, refreshToken } = issueTokens(user);
  // ok: insecure-cookie
  ctx.cookies.set('fleet_refresh', refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/api/auth' });
  // ok: token-logging
  logger.info({ userId: user.id }, 'login ok');
  ctx.body = { accessToken };
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post('/register', authLimiter, validate(registerSchema), async (ctx) => {
  const { companyName, name, email, password } = ctx.state.body;
  const company = await prisma.company.create({ data: { name: companyName } });
  const user = await prisma.user.create({
    data: { name, email, passwordHash: await bcrypt.hash(password, 12), role: 'ADMIN', companyId: company.id },
  });
  ctx.status = 201;
  ctx.body = issueTokens(user);
});

// ok: missing-auth, missing-rate-limit
authRouter.post('/forgot-password', authLimiter, validate(forgotSchema), async (ctx) => {
  const user = await prisma.user.findUnique({ where: { email: ctx.state.body.email } });
  if (user) {
    const token = crypto.randomBytes(32).toString('hex');
    await prisma.passwordResetToken.create({
      data: {
        tokenHash: crypto.createHash('sha256').update(token).digest('hex'),
        userId: user.id,
        expiresAt: new Date(Date.now() + 30 * 60 * 1000),
      },
    });
    const link = `${config.appUrl}/reset?token=${token}`;
    // expect: token-logging
    logger.debug(`password reset link for ${user.email}: ${link}`);
    await sendResetMail(user.email, link);
  }
  ctx.status = 202;
});

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
authRouter.post('/reset-password', validate(resetSchema), async (ctx) => {
  const { token, password } = ctx.state.body;
  const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
  const record = await prisma.passwordResetToken.findUnique({ where: { tokenHash } });
  if (!record || record.expiresAt < new Date()) ctx.throw(400, 'invalid or expired token');
  await prisma.user.update({ where: { id: record.userId }, data: { passwordHash: await bcrypt.hash(password, 12) } });
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  ctx.status = 204;
});

// ok: missing-auth
authRouter.post('/refresh', async (ctx) => {
  const refreshToken = ctx.cookies.get('fleet_refresh');
  if (!refreshToken) ctx.throw(401);
  const rotated = crypto.randomBytes(48).toString('base64url');
  // expect: insecure-cookie
  ctx.cookies.set('fleet_refresh', rotated, { httpOnly: false, sameSite: 'lax', path: '/api/auth' });
  ctx.body = { ok: true };
});
