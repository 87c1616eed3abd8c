import { zValidator } from '@hono/zod-validator';
import bcrypt from 'bcryptjs';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';
import { z } from 'zod';
import { env } from '../env';
import { prisma } from '../lib/db';
import { logger } from '../lib/logger';
import { authLimiter } from '../middleware/limits';

const credentials = z.object({ email: z.string().email(), password: z.string().min(1) });
const signupBody = z.object({
  accountName: z.string().min(2).max(100),
  name: z.string().min(1).max(100),
  email: z.string().email(),
  password: z.string().min(12),
});

async function issueToken(user: { id: string; accountId: string; role: string }) {
  return sign({ sub: user.id, accountId: user.accountId, role: user.role, exp: Math.floor(Date.now() / 1000) + 3600 }, env.JWT_SECRET);
}

export const authRoutes = new Hono();

// ok: missing-auth, missing-rate-limit, missing-input-validation
authRoutes.post('/login', authLimiter, zValidator('json', credentials), async (c) => {
  const { email, password } = c.req.valid('json');
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return c.json({ error: 'invalid credentials' }, 401);
  }
  const token = await issueToken(user);
  // ok: insecure-cookie
  setCookie(c, 'bo_session', token, { httpOnly: true, secure: env.isProd, sameSite: 'Lax', path: '/', maxAge: 3600 });
  // ok: token-logging
  logger.info({ userId: user.id }, 'login');
  return c.json({ ok: true });
});

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
authRoutes.post('/signup', zValidator('json', signupBody), async (c) => {
  const body = c.req.valid('json');
  // expect: token-logging
  logger.info({ body }, 'new organizer signup');
  const account = await prisma.account.create({
    data: {
      name: body.accountName,
      users: {
        create: { name: body.name, email: body.email, passwordHash: await bcrypt.hash(body.password, 12), role: 'owner' },
      },
    },
    include: { users: true },
  });
  const token = await issueToken(account.users[0]);
  // expect: insecure-cookie
  setCookie(c, 'bo_session', token, { path: '/', maxAge: 3600 });
  return c.json({ accountId: account.id }, 201);
});

// ok: missing-auth, missing-rate-limit
authRoutes.post('/logout', (c) => {
  deleteCookie(c, 'bo_session', { path: '/' });
  return c.body(null, 204);
});
