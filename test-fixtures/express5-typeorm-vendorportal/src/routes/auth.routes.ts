import { Router } from 'express';
import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { MoreThan } from 'typeorm';
import { z } from 'zod';
import { config } from '../config.js';
import { users } from '../db/data-source.js';
import { loginLimiter } from '../middleware/rateLimits.js';
import { Resend } from 'resend';
import { logger } from '../lib/logger.js';

export const authRouter = Router();

const resend = new Resend(process.env.RESEND_API_KEY);

const LoginBody = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });
const ResetRequestBody = z.object({ email: z.string().email() });

// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post('/login', loginLimiter, async (req, res) => {
  // expect: token-logging
  console.log('login attempt', req.body);
  const { email, password } = LoginBody.parse(req.body);
  const user = await users()
    .createQueryBuilder('u')
    .addSelect('u.passwordHash')
    .where('u.email = :email', { email: email.toLowerCase() })
    .getOne();
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const token = jwt.sign({ sub: user.id, org: user.organizationId, role: user.role }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: '1h',
  });
  const refresh = crypto.randomBytes(32).toString('hex');
  // ok: insecure-cookie
  res.cookie('vp_session', token, { httpOnly: true, secure: config.isProd, sameSite: 'lax', maxAge: 60 * 60 * 1000 });
  // expect: insecure-cookie
  res.cookie('vp_refresh', refresh, { maxAge: 30 * 24 * 60 * 60 * 1000, path: '/api/auth' });
  res.json({ user: { id: user.id, email: user.email, role: user.role } });
});

// ok: missing-auth
authRouter.post('/logout', (_req, res) => {
  res.clearCookie('vp_session');
  res.clearCookie('vp_refresh', { path: '/api/auth' });
  res.status(204).end();
});

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
authRouter.post('/password-reset', async (req, res) => {
  const { email } = ResetRequestBody.parse(req.body);
  const user = await users().findOneBy({ email: email.toLowerCase() });
  if (user) {
    const token = crypto.randomBytes(24).toString('base64url');
    await users().update(user.id, {
      resetTokenHash: crypto.createHash('sha256').update(token).digest('hex'),
      resetTokenExpiresAt: new Date(Date.now() + 30 * 60 * 1000),
    });
    const link = `${config.appUrl}/reset-password?token=${token}`;
    // expect: token-logging
    logger.info(`password reset link for ${email}: ${link}`);
    await resend.emails.send({ from: 'Vendor Portal <no-reply@vendorportal.example>', to: email, subject: 'Reset your password', text: `Open ${link} within 30 minutes.` });
  }
  res.status(202).json({ ok: true });
});

// ok: missing-auth
// expect: missing-rate-limit, missing-input-validation
authRouter.post('/password-reset/confirm', async (req, res) => {
  const { token, password } = req.body;
  const hash = crypto.createHash('sha256').update(String(token)).digest('hex');
  const user = await users().findOneBy({ resetTokenHash: hash, resetTokenExpiresAt: MoreThan(new Date()) });
  if (!user) return res.status(400).json({ error: 'invalid or expired token' });
  await users().update(user.id, {
    passwordHash: await bcrypt.hash(password, 12),
    resetTokenHash: null,
    resetTokenExpiresAt: null,
  });
  res.json({ ok: true });
});

// passwordless sign-in; its limiter is mounted on the path in server.ts
// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post('/magic-link', async (req, res) => {
  const { email } = ResetRequestBody.parse(req.body);
  const user = await users().findOneBy({ email: email.toLowerCase() });
  if (user) {
    const token = jwt.sign({ sub: user.id, purpose: 'magic' }, config.jwtSecret, { algorithm: 'HS256', expiresIn: '10m' });
    await resend.emails.send({ from: 'Vendor Portal <no-reply@vendorportal.example>', to: email, subject: 'Your sign-in link', text: `${config.appUrl}/magic?token=${token}` });
  }
  res.status(202).json({ ok: true });
});
