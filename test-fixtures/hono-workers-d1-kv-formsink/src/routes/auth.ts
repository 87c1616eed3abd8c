import { zValidator } from '@hono/zod-validator';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';
import { z } from 'zod';
import { users, workspaces } from '../db/schema';
import { hashPassword, verifyPassword } from '../lib/passwords';
import { kvRateLimit } from '../middleware/rate-limit';
import type { AppEnv } from '../types';

const Credentials = z.object({ email: z.string().email(), password: z.string().min(8) });
const Signup = Credentials.extend({ workspaceName: z.string().min(1).max(80) });

export const auth = new Hono<AppEnv>();

// ok: missing-auth, missing-rate-limit, missing-input-validation
auth.post('/login', kvRateLimit({ prefix: 'login', limit: 10, windowSec: 300 }), zValidator('json', Credentials), async (c) => {
  const { email, password } = c.req.valid('json');
  const db = drizzle(c.env.DB);
  const user = await db.select().from(users).where(eq(users.email, email.toLowerCase())).get();
  if (!user || !(await verifyPassword(password, user.passwordHash))) {
    return c.json({ error: 'Invalid credentials' }, 401);
  }
  const token = await sign(
    { sub: user.id, workspaceId: user.workspaceId, role: user.role, exp: Math.floor(Date.now() / 1000) + 60 * 60 * 8 },
    c.env.JWT_SECRET,
  );
  // expect: insecure-cookie
  setCookie(c, 'fs_token', token, { httpOnly: true, path: '/' });
  return c.json({ ok: true });
});

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
auth.post('/signup', zValidator('json', Signup), async (c) => {
  const { email, password, workspaceName } = c.req.valid('json');
  const db = drizzle(c.env.DB);
  const workspaceId = crypto.randomUUID();
  await db.insert(workspaces).values({ id: workspaceId, name: workspaceName });
  await db.insert(users).values({
    id: crypto.randomUUID(),
    email: email.toLowerCase(),
    passwordHash: await hashPassword(password),
    role: 'owner',
    workspaceId,
  });
  return c.json({ ok: true }, 201);
});
