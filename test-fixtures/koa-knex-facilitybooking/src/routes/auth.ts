import crypto from 'node:crypto';
import Router from '@koa/router';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { config } from '../config';
import { db } from '../lib/db';
import { logger } from '../lib/logger';
import { loginLimiter } from '../middleware/rateLimit';

export const authRouter = new Router();

const Credentials = z.object({ email: z.string().email(), password: z.string().min(8) });

function issue(user: { id: string; tenant_id: string; role: string }) {
  return jwt.sign({ sub: user.id, tenantId: user.tenant_id, role: user.role }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: '30m',
  });
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post('/login', loginLimiter, async (ctx) => {
  // expect: token-logging
  logger.debug('login attempt', { body: ctx.request.body });
  const { email, password } = Credentials.parse(ctx.request.body);
  const user = await db('users').where({ email: email.toLowerCase() }).first();
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    ctx.throw(401, 'invalid credentials');
  }
  // ok: insecure-cookie
  ctx.cookies.set('fb_token', issue(user), { httpOnly: true, secure: config.isProd, sameSite: 'lax', maxAge: 30 * 60 * 1000 });
  const remember = jwt.sign({ sub: user.id }, config.jwtSecret, { algorithm: 'HS256', expiresIn: '30d' });
  // expect: insecure-cookie
  ctx.cookies.set('fb_remember', remember, { httpOnly: false, maxAge: 30 * 24 * 3600 * 1000 });
  ctx.body = { id: user.id, role: user.role };
});

// the SPA swaps the remember cookie for a fresh session token
// ok: missing-auth
authRouter.post('/refresh', async (ctx) => {
  const remember = ctx.cookies.get('fb_remember');
  if (!remember) ctx.throw(401);
  // expect: insecure-jwt
  const claims = jwt.decode(remember) as { sub?: string } | null;
  const user = await db('users').where({ id: claims?.sub }).first();
  if (!user) ctx.throw(401);
  // ok: insecure-cookie
  ctx.cookies.set('fb_token', issue(user), { httpOnly: true, secure: config.isProd, sameSite: 'lax', maxAge: 30 * 60 * 1000 });
  ctx.status = 204;
});

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
authRouter.post('/password-reset', async (ctx) => {
  const { email } = z.object({ email: z.string().email() }).parse(ctx.request.body);
  const token = crypto.randomBytes(32).toString('hex');
  await db('users')
    .where({ email: email.toLowerCase() })
    .update({
      reset_token_hash: crypto.createHash('sha256').update(token).digest('hex'),
      reset_expires_at: db.raw("now() + interval '1 hour'"),
    });
  // mail delivery is queued elsewhere
  ctx.status = 202;
});

// ok: missing-auth, missing-rate-limit
// expect: missing-input-validation
authRouter.post('/password-reset/complete', loginLimiter, async (ctx) => {
  const { token, password } = ctx.request.body as { token: string; password: string };
  const hash = crypto.createHash('sha256').update(token).digest('hex');
  const updated = await db('users')
    .where({ reset_token_hash: hash })
    .andWhere('reset_expires_at', '>', db.fn.now())
    .update({ password_hash: await bcrypt.hash(password, 12), reset_token_hash: null, reset_expires_at: null });
  if (!updated) ctx.throw(400, 'invalid or expired token');
  ctx.status = 204;
});
