import { createHash, randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { prisma } from '../lib/prisma';
import { SESSION_COOKIE, clearSessionCookieOptions, issueSession, sessionCookieOptions } from '../lib/session';
import { asyncHandler } from '../middleware/auth';

const RESET_TTL_MS = 30 * 60 * 1000;
const APP_URL = process.env.APP_URL ?? 'http://localhost:3000';

const loginSchema = z.object({ email: z.string().email().max(254), password: z.string().min(1).max(200) }).strict();
const forgotSchema = z.object({ email: z.string().email().max(254) }).strict();
const resetSchema = z.object({ token: z.string().min(32).max(128), password: z.string().min(12).max(200) }).strict();

// Compared against when the email is unknown so response timing does not reveal accounts.
const DUMMY_HASH = bcrypt.hashSync(randomBytes(16).toString('hex'), 12);

const authLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20, standardHeaders: 'draft-7', legacyHeaders: false });

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

async function sendPasswordResetEmail(userId: string, to: string, token: string): Promise<void> {
  const link = `${APP_URL}/reset-password#token=${encodeURIComponent(token)}`;
  try {
    const response = await fetch(`${process.env.MAILER_URL}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MAILER_API_KEY}` },
      body: JSON.stringify({ template: 'password-reset', to, variables: { link } }),
    });
    if (!response.ok) throw new Error(`mailer responded ${response.status}`);
  } catch (err) {
    // Swallowed so /forgot answers the same way for every email address.
    // ok: token-logging
    console.error('password reset email failed', { userId, reason: (err as Error).message });
  }
}

/** Mounted at /auth. login/forgot/reset are in the PUBLIC allowlist in app.ts. */
export const authRouter = Router();

// ok: missing-auth
authRouter.post('/login', authLimiter, asyncHandler(async (req, res) => {
  const body = loginSchema.safeParse(req.body);
  if (!body.success) return res.status(400).json({ error: body.error.flatten() });

  const user = await prisma.user.findUnique({ where: { email: body.data.email.toLowerCase() } });
  const valid = await bcrypt.compare(body.data.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.active || !valid) return res.status(401).json({ error: 'invalid email or password' });

  res.cookie(SESSION_COOKIE, issueSession(user), sessionCookieOptions);
  // ok: token-logging
  console.info('user logged in', { userId: user.id, companyId: user.companyId });
  return res.json({ id: user.id, name: user.name, role: user.role, companyId: user.companyId });
}));

// ok: missing-auth
authRouter.post('/forgot', authLimiter, asyncHandler(async (req, res) => {
  const body = forgotSchema.safeParse(req.body);
  if (!body.success) return res.status(400).json({ error: body.error.flatten() });

  const user = await prisma.user.findUnique({ where: { email: body.data.email.toLowerCase() } });
  if (user?.active) {
    const token = randomBytes(32).toString('base64url');
    await prisma.user.update({
      where: { id: user.id },
      data: { resetTokenHash: hashToken(token), resetTokenExpiresAt: new Date(Date.now() + RESET_TTL_MS) },
    });
    await sendPasswordResetEmail(user.id, user.email, token);
  }
  // Same answer whether or not the account exists.
  return res.sendStatus(202);
}));

// ok: missing-auth
authRouter.post('/reset', authLimiter, asyncHandler(async (req, res) => {
  const body = resetSchema.safeParse(req.body);
  if (!body.success) return res.status(400).json({ error: body.error.flatten() });

  const user = await prisma.user.findUnique({ where: { resetTokenHash: hashToken(body.data.token) } });
  if (!user || !user.resetTokenExpiresAt || user.resetTokenExpiresAt <= new Date()) {
    return res.status(400).json({ error: 'invalid or expired token' });
  }

  await prisma.user.update({
    where: { id: user.id },
    data: {
      passwordHash: await bcrypt.hash(body.data.password, 12),
      resetTokenHash: null,
      resetTokenExpiresAt: null,
      sessionVersion: { increment: 1 },
    },
  });
  return res.sendStatus(204);
}));

// Not in PUBLIC: requires a session. Bumping sessionVersion invalidates every issued token.
// ok: missing-auth
authRouter.post('/logout', asyncHandler(async (req, res) => {
  const user = req.user!;
  await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
  res.clearCookie(SESSION_COOKIE, clearSessionCookieOptions);
  // ok: token-logging
  console.info('user logged out', { userId: user.id });
  return res.sendStatus(204);
}));
