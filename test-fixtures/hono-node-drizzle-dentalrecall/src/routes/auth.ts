import { Hono } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';
import { rateLimiter } from 'hono-rate-limiter';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import bcrypt from 'bcryptjs';
import { randomBytes, createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, users } from '../db';
import { env } from '../env';

export const authApp = new Hono();

const loginLimiter = rateLimiter({ windowMs: 15 * 60 * 1000, limit: 10, keyGenerator: (c) => c.req.header('x-forwarded-for') ?? 'local' });

// ok: missing-auth, missing-rate-limit, missing-input-validation
authApp.post('/login', loginLimiter, zValidator('json', z.object({ email: z.string().email(), password: z.string() })), async (c) => {
  const { email, password } = c.req.valid('json');
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return c.json({ error: 'invalid credentials' }, 401);
  const token = await sign({ sub: user.id, practiceId: user.practiceId, role: user.role, exp: Math.floor(Date.now() / 1000) + 8 * 3600 }, env.JWT_SECRET);
  // ok: insecure-cookie
  setCookie(c, 'dr_session', token, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/', maxAge: 8 * 3600 });
  return c.json({ ok: true });
});

// ok: missing-auth
// expect: missing-rate-limit
authApp.post('/forgot-password', zValidator('json', z.object({ email: z.string().email() })), async (c) => {
  const { email } = c.req.valid('json');
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (user) {
    const token = randomBytes(32).toString('hex');
    await db.update(users).set({ resetTokenHash: createHash('sha256').update(token).digest('hex') }).where(eq(users.id, user.id));
    // expect: token-logging
    console.info(`reset link for ${email}: https://app.dentalrecall.test/reset?token=${token}`);
  }
  return c.body(null, 202);
});

// ok: missing-auth
authApp.post('/logout', (c) => {
  deleteCookie(c, 'dr_session', { path: '/' });
  return c.body(null, 204);
});
