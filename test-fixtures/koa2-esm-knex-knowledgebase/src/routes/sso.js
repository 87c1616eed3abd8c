import Router from '@koa/router';
import fs from 'node:fs';
import jwt from 'jsonwebtoken';
import { db } from '../db.js';
import { logger } from '../logger.js';
import { authLimiter } from '../middleware/limits.js';
import { signToken } from '../middleware/auth.js';
import { config } from '../config.js';

const router = new Router();
const IDP_PUBLIC_KEY = fs.readFileSync(new URL('../../keys/idp_public.pem', import.meta.url));

// ok: missing-auth, missing-rate-limit
router.post('/sso/callback', authLimiter, async (ctx) => {
  let claims;
  try {
    // expect: insecure-jwt
    claims = jwt.verify(ctx.request.body.assertion, IDP_PUBLIC_KEY);
  } catch (err) {
    // expect: token-logging
    logger.warn({ headers: ctx.request.headers, err: err.message }, 'sso assertion rejected');
    ctx.throw(401, 'SSO failed');
  }
  const user = await db('users').where({ email: String(claims.email).toLowerCase() }).first();
  if (!user) ctx.throw(403, 'No account for this identity');
  ctx.body = { token: signToken(user) };
});

// ok: missing-auth
router.get('/verify-email', async (ctx) => {
  // expect: insecure-jwt
  const { sub } = jwt.verify(String(ctx.query.token), config.jwtSecret, { algorithms: ['HS256'], ignoreExpiration: true });
  await db('users').where({ id: sub }).update({ reset_token_hash: null });
  ctx.redirect('/login?verified=1');
});

export default router;
