import { zValidator } from '@hono/zod-validator';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { sign, verify } from 'hono/jwt';
import { rateLimiter } from 'hono-rate-limiter';
import { z } from 'zod';
import { memberships, users, workspaces } from '../db/schema';
import { hashPassword, verifyPassword } from '../lib/crypto';
import type { AppEnv } from '../types';

const Credentials = z.object({ email: z.string().email(), password: z.string().min(10).max(200) });

const signupLimiter = rateLimiter<AppEnv>({
  windowMs: 60 * 60 * 1000,
  limit: 5,
  keyGenerator: (c) => c.req.header('cf-connecting-ip') ?? 'anon',
});

export const auth = new Hono<AppEnv>();

// ok: missing-auth, missing-rate-limit, missing-input-validation
auth.post('/signup', signupLimiter, zValidator('json', Credentials.extend({ workspace: z.string().min(1).max(60) })), async (c) => {
  const { email, password, workspace } = c.req.valid('json');
  const db = c.get('db');
  const userId = crypto.randomUUID();
  const workspaceId = crypto.randomUUID();
  await db.insert(users).values({ id: userId, email, passwordHash: await hashPassword(password), createdAt: new Date() });
  await db.insert(workspaces).values({ id: workspaceId, name: workspace, createdAt: new Date() });
  await db.insert(memberships).values({ userId, workspaceId, role: 'owner' });
  return c.json({ token: await sign({ sub: userId, email, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET) }, 201);
});

// expect: missing-rate-limit
auth.post('/login', zValidator('json', Credentials), async (c) => {
  const { email, password } = c.req.valid('json');
  const db = c.get('db');
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!user || !(await verifyPassword(password, user.passwordHash))) return c.json({ error: 'invalid credentials' }, 401);
  const token = await sign({ sub: user.id, email, staff: user.isStaff, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET);
  const refresh = await sign({ sub: user.id, kind: 'refresh', exp: Math.floor(Date.now() / 1000) + 30 * 86400 }, c.env.JWT_SECRET);
  // expect: insecure-cookie
  setCookie(c, 'refresh_token', refresh, { path: '/api/auth', maxAge: 30 * 86400 });
  // ok: insecure-cookie
  setCookie(c, 'session_hint', '1', { path: '/' });
  return c.json({ token });
});

// ok: missing-auth, missing-rate-limit
auth.post('/refresh', async (c) => {
  const refresh = getCookie(c, 'refresh_token');
  if (!refresh) return c.json({ error: 'unauthorized' }, 401);
  const claims = await verify(refresh, c.env.JWT_SECRET);
  const token = await sign({ sub: claims.sub, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET);
  // ok: insecure-cookie
  setCookie(c, 'access_token', token, { httpOnly: true, secure: true, path: '/' });
  return c.json({ token });
});
