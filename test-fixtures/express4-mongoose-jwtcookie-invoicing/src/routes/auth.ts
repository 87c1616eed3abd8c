import bcrypt from 'bcryptjs';
import crypto from 'crypto';
import { Router } from 'express';
import { z } from 'zod';
import { config } from '../config';
import { logger } from '../lib/logger';
import { requireAuth, SESSION_COOKIE, signSession } from '../middleware/auth';
import { loginLimiter, resetLimiter } from '../middleware/limits';
import { Organization } from '../models/Organization';
import { User } from '../models/User';

export const authRouter = Router();

const Credentials = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });
const Signup = Credentials.extend({ name: z.string().min(1).max(100), company: z.string().min(1).max(120) });

const cookieOptions = { httpOnly: true, secure: config.isProd, sameSite: 'lax' as const, maxAge: 8 * 3600 * 1000 };

// ok: missing-auth, missing-rate-limit
authRouter.post('/login', loginLimiter, async (req, res) => {
  const { email, password } = Credentials.parse(req.body);
  const user = await User.findOne({ email });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    // ok: token-logging
    logger.warn({ email }, 'failed login');
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const token = signSession({ id: user.id, orgId: String(user.orgId), role: user.role as any, platformAdmin: user.platformAdmin });
  // ok: insecure-cookie
  res.cookie(SESSION_COOKIE, token, cookieOptions);
  res.json({ id: user.id, name: user.name, role: user.role });
});

// expect: missing-rate-limit
authRouter.post('/signup', async (req, res) => {
  const input = Signup.parse(req.body);
  const org = await Organization.create({ name: input.company, billingEmail: input.email });
  const user = await User.create({
    email: input.email,
    name: input.name,
    passwordHash: await bcrypt.hash(input.password, 12),
    orgId: org._id,
    role: 'owner',
  });
  const token = signSession({ id: user.id, orgId: String(org._id), role: 'owner' });
  // expect: insecure-cookie
  res.cookie('inv_session', token, { maxAge: 8 * 3600 * 1000 });
  res.status(201).json({ id: user.id });
});

// ok: missing-rate-limit
authRouter.post('/password/forgot', resetLimiter, async (req, res) => {
  const { email } = z.object({ email: z.string().email() }).parse(req.body);
  const user = await User.findOne({ email });
  if (user) {
    const resetToken = crypto.randomBytes(32).toString('hex');
    user.resetTokenHash = crypto.createHash('sha256').update(resetToken).digest('hex');
    user.resetTokenExpires = new Date(Date.now() + 3600 * 1000);
    await user.save();
    // expect: token-logging
    logger.info(`password reset requested for ${email}, token ${resetToken}`);
  }
  res.json({ ok: true });
});

// ok: missing-auth, missing-rate-limit
authRouter.post('/password/reset', resetLimiter, async (req, res) => {
  const { token, password } = z.object({ token: z.string().length(64), password: z.string().min(8) }).parse(req.body);
  const hash = crypto.createHash('sha256').update(token).digest('hex');
  const user = await User.findOne({ resetTokenHash: hash, resetTokenExpires: { $gt: new Date() } });
  if (!user) return res.status(400).json({ error: 'invalid or expired token' });
  user.passwordHash = await bcrypt.hash(password, 12);
  user.resetTokenHash = undefined;
  await user.save();
  res.json({ ok: true });
});

authRouter.use('/magic-link', loginLimiter);

// ok: missing-auth, missing-rate-limit
authRouter.post('/magic-link', async (req, res) => {
  const { email } = z.object({ email: z.string().email() }).parse(req.body);
  const user = await User.findOne({ email });
  if (user) {
    const link = `${config.appOrigin}/magic?token=${signSession({ id: user.id, orgId: String(user.orgId), role: user.role as any })}`;
    // expect: token-logging
    console.log('magic link for %s: %s', email, link);
  }
  res.json({ ok: true });
});

// ok: missing-auth
authRouter.post('/logout', (req, res) => {
  // ok: insecure-cookie
  res.clearCookie(SESSION_COOKIE);
  res.status(204).end();
});

// "remember me" for the desktop app, which talks to the API over plain http on the office LAN
// ok: missing-auth
authRouter.post('/remember', requireAuth, (req, res) => {
  const token = signSession(req.user!);
  // expect: insecure-cookie
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions, secure: false, maxAge: 30 * 24 * 3600 * 1000 });
  res.status(204).end();
});

// ok: missing-auth
authRouter.get('/me', requireAuth, async (req, res) => {
  // ok: unscoped-tenant-query
  const me = await User.findById(req.user!.id).select('email name role orgId');
  res.json(me);
});
