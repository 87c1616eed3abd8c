import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { supabaseAdmin } from '../lib/supabase.js';
import { logger } from '../lib/logger.js';
import { authLimiter } from '../middleware/limits.js';

export const authRouter = Router();

const Credentials = z.object({ email: z.string().email(), password: z.string().min(8) });

// ok: missing-rate-limit, missing-auth, missing-input-validation
authRouter.post('/login', authLimiter, async (req, res) => {
  const parsed = Credentials.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: 'Invalid credentials' });
  const { data, error } = await supabaseAdmin.auth.signInWithPassword(parsed.data);
  if (error) return res.status(401).json({ error: 'Invalid credentials' });
  res.json({ access_token: data.session.access_token, expires_in: data.session.expires_in });
});

// expect: missing-rate-limit
authRouter.post('/signup', async (req, res) => {
  // expect: token-logging
  logger.info({ body: req.body }, 'signup attempt');
  const parsed = Credentials.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  const { data, error } = await supabaseAdmin.auth.signUp(parsed.data);
  if (error) return res.status(400).json({ error: 'Could not sign up' });
  res.status(201).json({ id: data.user?.id });
});

// ok: missing-rate-limit, missing-auth
authRouter.post('/refresh', authLimiter, async (req, res) => {
  const refreshToken = req.cookies?.pl_refresh ?? req.body?.refresh_token;
  if (!refreshToken) return res.status(401).json({ error: 'No session' });
  const { data, error } = await supabaseAdmin.auth.refreshSession({ refresh_token: refreshToken });
  if (error || !data.session) return res.status(401).json({ error: 'Session expired' });
  // expect: insecure-cookie
  res.cookie('pl_refresh', data.session.refresh_token, { httpOnly: true, maxAge: 30 * 24 * 3600 * 1000 });
  res.json({ access_token: data.session.access_token });
});

// signing out: the cookies are expired on the spot, their placeholder values carry nothing
authRouter.post('/logout', (_req, res) => {
  // ok: insecure-cookie
  res.cookie('pl_refresh', 'signed-out', { maxAge: -1 });
  // ok: insecure-cookie
  res.cookie('pl_access_token', 'expired', { expires: new Date(0) });
  res.status(204).end();
});

// tells the SPA when to refresh: the access token's expiry, read for timing only
authRouter.get('/session-ttl', (req, res) => {
  const token = req.get('authorization')?.slice(7) ?? '';
  // ok: insecure-jwt
  const payload = jwt.decode(token) as jwt.JwtPayload | null;
  const secondsLeft = payload?.exp ? payload.exp - Math.floor(Date.now() / 1000) : 0;
  res.json({ secondsLeft });
});

// a gate that trusts the token's expiry without checking its signature: anyone can mint one that passes
authRouter.get('/quota', (req, res) => {
  const token = req.get('authorization')?.slice(7) ?? '';
  // expect: insecure-jwt
  const claims = jwt.decode(token) as jwt.JwtPayload | null;
  if (!claims?.exp || claims.exp * 1000 < Date.now()) return res.status(401).json({ error: 'Session expired' });
  res.json({ plan: 'free', uploadsLeft: 20 });
});
