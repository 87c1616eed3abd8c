import { Router } from 'express';
import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';
import { z } from 'zod';
import { config } from '../config';
import { prisma } from '../lib/prisma';
import { sendPasswordResetEmail } from '../lib/mailer';
import { issueAccessToken, verifyInviteToken } from '../middleware/auth';
import { authLimiter } from '../middleware/rateLimit';

const router = Router();

const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;
const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;
const BCRYPT_ROUNDS = 12;

const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

const signupSchema = z.object({
  agencyName: z.string().trim().min(2).max(100),
  name: z.string().trim().min(1).max(100),
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(12).max(200),
});

const resetRequestSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
});

const resetConfirmSchema = z.object({
  token: z.string().length(64),
  password: z.string().min(12).max(200),
});

const acceptInviteSchema = z.object({
  token: z.string().min(1),
  name: z.string().trim().min(1).max(100),
  password: z.string().min(12).max(200),
});

function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');
  return `${base}-${crypto.randomBytes(3).toString('hex')}`;
}

function hashResetToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

function publicUser(user: { id: string; email: string; name: string | null; role: string; agencyId: string }) {
  return { id: user.id, email: user.email, name: user.name, role: user.role, agencyId: user.agencyId };
}

// ok: missing-rate-limit
// ok: missing-auth
router.post('/login', authLimiter, async (req, res) => {
  const { email, password } = loginSchema.parse(req.body);

  const user = await prisma.user.findUnique({ where: { email } });
  const valid = user?.passwordHash ? await bcrypt.compare(password, user.passwordHash) : false;
  if (!user || !valid) {
    return res.status(401).json({ error: 'Invalid email or password' });
  }

  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });

  const token = issueAccessToken(user);
  // ok: insecure-cookie
  res.cookie('token', token, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax', maxAge: SESSION_MAX_AGE_MS });
  return res.json({ token, user: publicUser(user) });
});

// expect: missing-rate-limit
// ok: missing-input-validation
// ok: missing-auth
router.post('/signup', async (req, res) => {
  const input = signupSchema.parse(req.body);

  const existing = await prisma.user.findUnique({ where: { email: input.email } });
  if (existing) {
    return res.status(409).json({ error: 'An account with this email already exists' });
  }

  const passwordHash = await bcrypt.hash(input.password, BCRYPT_ROUNDS);
  const user = await prisma.$transaction(async (tx) => {
    const agency = await tx.agency.create({ data: { name: input.agencyName, slug: slugify(input.agencyName) } });
    return tx.user.create({
      data: { agencyId: agency.id, email: input.email, name: input.name, role: 'OWNER', passwordHash },
    });
  });

  const token = issueAccessToken(user);
  // expect: insecure-cookie
  res.cookie('token', token, { httpOnly: true, maxAge: SESSION_MAX_AGE_MS });
  return res.status(201).json({ token, user: publicUser(user) });
});

// ok: missing-rate-limit
// ok: missing-auth
router.post('/password-reset', authLimiter, async (req, res) => {
  const { email } = resetRequestSchema.parse(req.body);

  const user = await prisma.user.findUnique({ where: { email } });
  if (user) {
    const rawToken = crypto.randomBytes(32).toString('hex');
    await prisma.user.update({
      where: { id: user.id },
      data: { resetTokenHash: hashResetToken(rawToken), resetTokenExpiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS) },
    });
    await sendPasswordResetEmail(user.email, `${config.appUrl}/reset-password?token=${rawToken}`);
  }

  // Same answer whether or not the account exists, so this can't be used to enumerate emails.
  return res.status(202).json({ message: 'If an account exists for that email, a reset link is on its way.' });
});

// expect: missing-rate-limit
// ok: missing-input-validation
// ok: missing-auth
router.post('/password-reset/confirm', async (req, res) => {
  const { token, password } = resetConfirmSchema.parse(req.body);

  const user = await prisma.user.findUnique({ where: { resetTokenHash: hashResetToken(token) } });
  if (!user || !user.resetTokenExpiresAt || user.resetTokenExpiresAt < new Date()) {
    return res.status(400).json({ error: 'This reset link is invalid or has expired' });
  }

  const updated = await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await bcrypt.hash(password, BCRYPT_ROUNDS), resetTokenHash: null, resetTokenExpiresAt: null },
  });

  const accessToken = issueAccessToken(updated);
  // ok: insecure-cookie
  res.cookie('token', accessToken, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: SESSION_MAX_AGE_MS });
  return res.json({ token: accessToken, user: publicUser(updated) });
});

// ok: missing-rate-limit
// ok: missing-input-validation
// ok: missing-auth
router.post('/invite/accept', authLimiter, async (req, res) => {
  const { token, name, password } = acceptInviteSchema.parse(req.body);

  let invite;
  try {
    invite = verifyInviteToken(token);
  } catch {
    return res.status(400).json({ error: 'This invite link is invalid' });
  }

  const pending = await prisma.user.findFirst({
    where: { email: invite.email, agencyId: invite.agencyId, passwordHash: null },
  });
  if (!pending) {
    return res.status(400).json({ error: 'This invite has already been used' });
  }

  const user = await prisma.user.update({
    where: { id: pending.id },
    data: { name, passwordHash: await bcrypt.hash(password, BCRYPT_ROUNDS) },
  });

  const accessToken = issueAccessToken(user);
  // expect: insecure-cookie
  res.cookie('token', accessToken, { httpOnly: true, sameSite: 'lax', maxAge: SESSION_MAX_AGE_MS });
  return res.json({ token: accessToken, user: publicUser(user) });
});

router.post('/logout', (_req, res) => {
  res.clearCookie('token', { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' });
  res.status(204).end();
});

export default router;
