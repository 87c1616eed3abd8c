import { Hono } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';
import { zValidator } from '@hono/zod-validator';
import { rateLimiter } from 'hono-rate-limiter';
import { z } from 'zod';
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { db, organizations, users } from '../db';
import { env } from '../lib/env';

const credentials = z.object({ email: z.string().email(), password: z.string().min(8) });
const signupSchema = credentials.extend({ orgName: z.string().min(2).max(80) });

const loginLimiter = rateLimiter({
  windowMs: 15 * 60 * 1000,
  limit: 10,
  keyGenerator: (c) => c.req.header('x-forwarded-for') ?? 'anon',
});

export const authRoutes = new Hono();

// ok: missing-auth, missing-rate-limit, missing-input-validation
authRoutes.post('/login', loginLimiter, zValidator('json', credentials), async (c) => {
  const { email, password } = c.req.valid('json');
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return c.json({ error: 'invalid credentials' }, 401);
  }
  const token = await sign({ sub: user.id, orgId: user.orgId, role: user.role, exp: Math.floor(Date.now() / 1000) + 3600 }, env.jwtSecret);
  // ok: insecure-cookie
  setCookie(c, 'inbox_session', token, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/', maxAge: 3600 });
  return c.json({ token });
});

// expect: missing-rate-limit
authRoutes.post('/signup', zValidator('json', signupSchema), async (c) => {
  const { email, password, orgName } = c.req.valid('json');
  const [org] = await db.insert(organizations).values({ name: orgName }).returning();
  const [user] = await db
    .insert(users)
    .values({ email, orgId: org.id, role: 'owner', passwordHash: await bcrypt.hash(password, 12) })
    .returning();
  const token = await sign({ sub: user.id, orgId: org.id, role: 'owner' }, env.jwtSecret);
  // expect: insecure-cookie
  setCookie(c, 'inbox_session', token, { path: '/' });
  return c.json({ token }, 201);
});

// Widget embeds on customer sites get a short-lived session through this endpoint.
// ok: missing-rate-limit, missing-auth
authRoutes.post('/widget-session', loginLimiter, zValidator('json', z.object({ siteKey: z.string().length(24) })), async (c) => {
  const { siteKey } = c.req.valid('json');
  const [org] = await db.select().from(organizations).where(eq(organizations.id, siteKey)).limit(1);
  if (!org) return c.json({ error: 'unknown site' }, 404);
  const token = await sign({ orgId: org.id, role: 'widget', exp: Math.floor(Date.now() / 1000) + 900 }, env.jwtSecret);
  // expect: insecure-cookie
  c.header('Set-Cookie', `widget_session=${token}; Path=/; HttpOnly; Max-Age=900`);
  return c.json({ ok: true });
});

// ok: missing-auth
authRoutes.post('/logout', (c) => {
  deleteCookie(c, 'inbox_session', { path: '/' });
  return c.body(null, 204);
});
