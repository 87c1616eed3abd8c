import { Router } from 'express';
import bcrypt from 'bcryptjs';
import crypto from 'crypto';
import jwt from 'jsonwebtoken';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import { one, pool } from '../lib/db';

export const authRouter = Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });
const credentials = z.object({ email: z.string().email(), password: z.string().min(8) });

authRouter.post('/login', loginLimiter, async (req, res) => {
  const { email, password } = credentials.parse(req.body);
  const user = await one<{ id: number; agency_id: number; role: string; password_hash: string }>(
    'SELECT id, agency_id, role, password_hash FROM users WHERE email = ?',
    [email],
  );
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).json({ error: 'wrong email or password' });
  }
  const token = jwt.sign({ id: user.id, agencyId: user.agency_id, role: user.role }, process.env.JWT_SECRET!, { expiresIn: '8h' });
  // expect: insecure-cookie
  res.cookie('session', token, { maxAge: 8 * 3600 * 1000 });
  res.json({ ok: true });
});

const signup = z.object({ agencyName: z.string().min(2), email: z.string().email(), password: z.string().min(10) });

// expect: missing-rate-limit
authRouter.post('/signup', async (req, res) => {
  const body = signup.parse(req.body);
  const hash = await bcrypt.hash(body.password, 12);
  const [agency] = await pool.query('INSERT INTO agencies (name) VALUES (?)', [body.agencyName]);
  const agencyId = (agency as { insertId: number }).insertId;
  await pool.query('INSERT INTO users (agency_id, email, password_hash, role) VALUES (?, ?, ?, ?)', [agencyId, body.email, hash, 'admin']);
  res.status(201).json({ agencyId });
});

// expect: missing-rate-limit
authRouter.post('/password-reset', async (req, res) => {
  const { email } = z.object({ email: z.string().email() }).parse(req.body);
  const resetToken = crypto.randomBytes(32).toString('hex');
  await pool.query('UPDATE users SET reset_token = ? WHERE email = ?', [resetToken, email]);
  // expect: token-logging
  console.log(`password reset requested for ${email}, token ${resetToken}`);
  res.json({ sent: true });
});

authRouter.post('/logout', (_req, res) => {
  // ok: insecure-cookie
  res.clearCookie('session');
  res.status(204).end();
});
