import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { deleteCookie, setCookie, setSignedCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { env } from '../lib/env';
import { sha256 } from '../lib/hash';
import { sendMail } from '../lib/mailer';
import { authLimiter } from '../middleware/rate-limit';

const LoginSchema = z.object({ email: z.string().email(), password: z.string().min(1), remember: z.boolean().optional() });
const SignupSchema = z.object({
  companyName: z.string().min(2).max(120),
  name: z.string().min(1).max(120),
  email: z.string().email(),
  password: z.string().min(12),
});

const auth = new Hono();

auth.use('/login', authLimiter);
auth.use('/signup', authLimiter);

async function issueToken(user: { id: string; companyId: string; role: string }) {
  return sign({ sub: user.id, companyId: user.companyId, role: user.role, exp: Math.floor(Date.now() / 1000) + 60 * 60 * 8 }, env.JWT_SECRET);
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
auth.post('/login', zValidator('json', LoginSchema), async (c) => {
  const { email, password, remember } = c.req.valid('json');
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user || !(await Bun.password.verify(password, user.passwordHash))) {
    return c.json({ error: 'Invalid email or password' }, 401);
  }
  const token = await issueToken(user);
  // ok: insecure-cookie
  setCookie(c, 'session_token', token, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/', maxAge: 60 * 60 * 8 });
  // expect: hardcoded-secret
  await setSignedCookie(c, 'last_login', new Date().toISOString(), 'hirelane-cookie-signing', { httpOnly: true, secure: true, sameSite: 'Lax' });
  if (remember) {
    const refresh = crypto.randomUUID();
    // expect: insecure-cookie
    setCookie(c, 'refresh_token', refresh, { path: '/api/auth', maxAge: 60 * 60 * 24 * 30 });
  }
  return c.json({ token, user: { id: user.id, name: user.name, role: user.role } });
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
auth.post('/signup', zValidator('json', SignupSchema), async (c) => {
  const input = c.req.valid('json');
  const slug = input.companyName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const company = await prisma.company.create({ data: { name: input.companyName, slug } });
  const user = await prisma.user.create({
    data: { email: input.email.toLowerCase(), name: input.name, role: 'owner', companyId: company.id, passwordHash: await Bun.password.hash(input.password) },
  });
  return c.json({ token: await issueToken(user) }, 201);
});

// expect: missing-rate-limit
auth.post('/forgot-password', zValidator('json', z.object({ email: z.string().email() })), async (c) => {
  const { email } = c.req.valid('json');
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  if (user) {
    const token = crypto.randomUUID();
    await prisma.passwordReset.create({ data: { userId: user.id, tokenHash: await sha256(token), expiresAt: new Date(Date.now() + 3600_000) } });
    const link = `${env.APP_URL}/reset-password?token=${token}`;
    // expect: token-logging
    console.info(`[auth] password reset link for ${email}: ${link}`);
    await sendMail(email, 'Reset your Hirelane password', `<a href="${link}">Reset password</a>`);
  }
  return c.json({ ok: true });
});

// expect: missing-rate-limit, missing-input-validation
auth.post('/reset-password', async (c) => {
  const body = await c.req.json();
  const reset = await prisma.passwordReset.findUnique({ where: { tokenHash: await sha256(body.token) } });
  if (!reset || reset.expiresAt < new Date()) return c.json({ error: 'This link has expired' }, 400);
  await prisma.user.update({ where: { id: reset.userId }, data: { passwordHash: await Bun.password.hash(body.password) } });
  await prisma.passwordReset.delete({ where: { id: reset.id } });
  return c.json({ ok: true });
});

const AcceptInvite = z.object({ name: z.string().min(1).max(120), password: z.string().min(12) });

// expect: missing-rate-limit
auth.post('/invites/:token/accept', zValidator('json', AcceptInvite), async (c) => {
  const invite = await prisma.invite.findUnique({ where: { token: c.req.param('token') } });
  if (!invite || invite.expiresAt < new Date()) return c.json({ error: 'Invite not found or expired' }, 404);
  const { name, password } = c.req.valid('json');
  const user = await prisma.user.create({
    data: { email: invite.email, name, role: invite.role, companyId: invite.companyId, passwordHash: await Bun.password.hash(password) },
  });
  await prisma.invite.delete({ where: { id: invite.id } });
  return c.json({ token: await issueToken(user) }, 201);
});

// ok: missing-auth
auth.post('/logout', (c) => {
  deleteCookie(c, 'session_token', { path: '/' });
  deleteCookie(c, 'refresh_token', { path: '/api/auth' });
  return c.json({ ok: true });
});

export default auth;
