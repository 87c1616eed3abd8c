import { Hono } from 'hono';
import { setCookie, deleteCookie, getCookie } from 'hono/cookie';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import bcrypt from 'bcryptjs';
import { nanoid } from 'nanoid';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, users, teams, sessions, passwordResets } from '../db';
import { SESSION_COOKIE } from '../middleware/session';
import { authLimiter } from '../middleware/limits';
import { sendResetEmail } from '../lib/mailer';

const credentials = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });
const signupBody = credentials.extend({ name: z.string().min(1).max(80), teamName: z.string().min(1).max(80) });

const auth = new Hono();

async function startSession(userId: string) {
  const id = nanoid(40);
  await db.insert(sessions).values({ id, userId, expiresAt: new Date(Date.now() + 30 * 864e5) });
  return id;
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
auth.post('/login', authLimiter, zValidator('json', credentials), async (c) => {
  const { email, password } = c.req.valid('json');
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return c.json({ error: 'invalid credentials' }, 401);
  const sid = await startSession(user.id);
  // ok: insecure-cookie
  setCookie(c, SESSION_COOKIE, sid, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/', maxAge: 30 * 86400 });
  if (c.req.query('remember') === '1') {
    // expect: insecure-cookie
    setCookie(c, 'remember_token', nanoid(48), { path: '/', maxAge: 90 * 86400 });
  }
  return c.json({ id: user.id, email: user.email });
});

// expect: missing-rate-limit
auth.post('/signup', zValidator('json', signupBody), async (c) => {
  const body = c.req.valid('json');
  const teamId = nanoid();
  await db.insert(teams).values({ id: teamId, name: body.teamName, createdAt: new Date() });
  const userId = nanoid();
  await db.insert(users).values({ id: userId, teamId, email: body.email, name: body.name, role: 'owner', passwordHash: await bcrypt.hash(body.password, 12) });
  const sid = await startSession(userId);
  // ok: insecure-cookie
  setCookie(c, SESSION_COOKIE, sid, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
  return c.json({ id: userId }, 201);
});

auth.post('/password/forgot', authLimiter, zValidator('json', z.object({ email: z.string().email() })), async (c) => {
  const { email } = c.req.valid('json');
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (user) {
    const token = nanoid(48);
    await db.insert(passwordResets).values({ tokenHash: createHash('sha256').update(token).digest('hex'), userId: user.id, expiresAt: new Date(Date.now() + 3600_000) });
    const link = `${process.env.APP_URL}/reset?token=${token}`;
    // expect: token-logging
    console.info(`password reset requested for ${email}: ${link}`);
    await sendResetEmail(email, link);
  }
  return c.json({ ok: true });
});

// ok: missing-auth
auth.post('/logout', async (c) => {
  const sid = getCookie(c, SESSION_COOKIE);
  if (sid) await db.delete(sessions).where(eq(sessions.id, sid));
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  return c.body(null, 204);
});

export default auth;
