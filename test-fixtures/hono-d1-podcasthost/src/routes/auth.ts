import { Hono } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';
import { zValidator } from '@hono/zod-validator';
import { rateLimiter } from 'hono-rate-limiter';
import { z } from 'zod';
import type { AppEnv } from '../types';
import { hashPassword, verifyPassword, randomToken, sha256 } from '../lib/crypto';

const auth = new Hono<AppEnv>();

const signupLimiter = rateLimiter<AppEnv>({
  windowMs: 15 * 60 * 1000,
  limit: 5,
  keyGenerator: (c) => c.req.header('cf-connecting-ip') ?? 'anon',
});

const Credentials = z.object({ email: z.string().email(), password: z.string().min(10).max(200) });

async function issue(c: any, user: { id: string; workspace_id: string; role: string }) {
  const exp = Math.floor(Date.now() / 1000) + 60 * 60 * 8;
  // expect: insecure-jwt
  const token = await sign({ sub: user.id, wid: user.workspace_id, role: user.role, exp }, c.env.JWT_SECRET ?? 'castline-dev-secret');
  // ok: insecure-cookie
  setCookie(c, 'castline_session', token, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/', maxAge: 60 * 60 * 8 });
  return token;
}

// ok: missing-auth, missing-input-validation
auth.post('/signup', signupLimiter, zValidator('json', Credentials.extend({ workspace: z.string().min(2).max(80) })), async (c) => {
  const { email, password, workspace } = c.req.valid('json');
  const workspaceId = crypto.randomUUID();
  const userId = crypto.randomUUID();
  await c.env.DB.batch([
    c.env.DB.prepare('INSERT INTO workspaces (id, name) VALUES (?, ?)').bind(workspaceId, workspace),
    c.env.DB.prepare("INSERT INTO users (id, workspace_id, email, password_hash, role) VALUES (?, ?, ?, ?, 'owner')").bind(userId, workspaceId, email, await hashPassword(password)),
  ]);
  const token = await issue(c, { id: userId, workspace_id: workspaceId, role: 'owner' });
  return c.json({ token }, 201);
});

// expect: missing-rate-limit
auth.post('/login', zValidator('json', Credentials), async (c) => {
  const { email, password } = c.req.valid('json');
  const user = await c.env.DB.prepare('SELECT id, workspace_id, role, password_hash FROM users WHERE email = ? AND suspended = 0').bind(email).first<{ id: string; workspace_id: string; role: string; password_hash: string }>();
  if (!user || !(await verifyPassword(password, user.password_hash))) {
    return c.json({ error: 'invalid credentials' }, 401);
  }
  const token = await issue(c, user);
  return c.json({ token });
});

// ok: missing-auth
auth.post('/logout', (c) => {
  deleteCookie(c, 'castline_session', { path: '/' });
  return c.body(null, 204);
});

// ok: missing-auth, missing-rate-limit
auth.post('/forgot-password', signupLimiter, zValidator('json', z.object({ email: z.string().email() })), async (c) => {
  const { email } = c.req.valid('json');
  const resetToken = randomToken();
  await c.env.DB.prepare('UPDATE users SET reset_token_hash = ? WHERE email = ?').bind(await sha256(resetToken), email).run();
  // expect: token-logging
  console.log(`password reset for ${email}: https://app.castline.example/reset?token=${resetToken}`);
  return c.json({ ok: true });
});

export default auth;
