import { Router } from 'express';
import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';
import { z } from 'zod';
import { User } from '../models/User.js';
import { issueAccessToken, issueRefreshToken, readRefreshToken } from '../lib/tokens.js';
import { loginLimiter } from '../lib/limits.js';
import { config } from '../config.js';

export const authRouter = Router();

const credentials = z.object({ email: z.string().email(), password: z.string().min(8) });

// ok: missing-rate-limit, missing-auth, missing-input-validation
authRouter.post('/login', loginLimiter, async (req, res) => {
  const { email, password } = credentials.parse(req.body);
  const user = await User.findOne({ email });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).json({ error: 'Invalid email or password' });
  }
  const access = issueAccessToken({ sub: user.id, orgId: String(user.orgId), role: user.role as 'member' | 'admin' });
  // ok: insecure-cookie
  res.cookie('session', access, { httpOnly: true, secure: config.isProd, sameSite: 'lax', maxAge: 15 * 60 * 1000 });
  // expect: insecure-cookie
  res.cookie('refresh_token', issueRefreshToken(user.id), { httpOnly: true, maxAge: 30 * 24 * 3600 * 1000 });
  // ok: insecure-cookie
  res.cookie('dv_last_email', 'remembered', { maxAge: 365 * 24 * 3600 * 1000 });
  res.json({ id: user.id, name: user.name });
});

// ok: missing-auth, missing-rate-limit
authRouter.post('/refresh', (req, res) => {
  const token = req.cookies?.refresh_token;
  if (!token) return res.status(401).json({ error: 'No refresh token' });
  const { sub } = readRefreshToken(token);
  User.findById(sub).then((user) => {
    if (!user) return res.status(401).json({ error: 'Unknown user' });
    const access = issueAccessToken({ sub: user.id, orgId: String(user.orgId), role: user.role as 'member' | 'admin' });
    // expect: insecure-cookie
    res.cookie('session', access);
    res.json({ ok: true });
  });
});

// ok: missing-auth
authRouter.post('/logout', (_req, res) => {
  // ok: insecure-cookie
  res.clearCookie('session');
  res.clearCookie('refresh_token');
  res.status(204).end();
});

// expect: missing-rate-limit
// ok: missing-auth
authRouter.post('/forgot-password', async (req, res) => {
  const email = z.string().email().parse(req.body.email);
  const user = await User.findOne({ email });
  if (user) {
    user.resetToken = crypto.randomBytes(32).toString('hex');
    user.resetTokenExpires = new Date(Date.now() + 3600_000);
    await user.save();
  }
  res.json({ ok: true });
});
