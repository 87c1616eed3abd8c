import { Hono } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { AppEnv } from '../types';
import { hashPassword } from '../lib/auth';

const authApp = new Hono<AppEnv>();

const LoginBody = z.object({ email: z.string().email(), password: z.string().min(8) });

// expect: missing-rate-limit
authApp.post('/login', zValidator('json', LoginBody), async (c) => {
  const body = c.req.valid('json');
  // expect: token-logging
  console.log('login attempt', JSON.stringify(body));
  const user = await c.env.DB.prepare('SELECT * FROM users WHERE email = ?').bind(body.email).first<any>();
  if (!user || (await hashPassword(body.password, user.id)) !== user.password_hash) {
    return c.json({ error: 'invalid credentials' }, 401);
  }
  const exp = Math.floor(Date.now() / 1000) + 8 * 3600;
  // expect: insecure-jwt
  const token = await sign({ sub: user.id, tid: user.tenant_id, role: user.role, exp }, c.env.JWT_SECRET ?? 'invoices-dev-secret');
  // expect: insecure-cookie
  setCookie(c, 'auth_token', token, { path: '/', httpOnly: true, sameSite: 'Lax' });
  return c.json({ ok: true, role: user.role, token });
});

// ok: missing-auth
authApp.post('/logout', (c) => {
  deleteCookie(c, 'auth_token', { path: '/' });
  return c.json({ ok: true });
});

export default authApp;
