import Router from '@koa/router';
import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';
import Joi from 'joi';
import { db } from '../db.js';
import { logger } from '../logger.js';
import { authLimiter } from '../middleware/limits.js';
import { requireAuth, signToken } from '../middleware/auth.js';

const router = new Router();

const signupSchema = Joi.object({
  company: Joi.string().min(2).max(80).required(),
  subdomain: Joi.string().alphanum().min(3).max(30).required(),
  name: Joi.string().max(80).required(),
  email: Joi.string().email().required(),
  password: Joi.string().min(12).required(),
});

// ok: missing-auth, missing-rate-limit
router.post('/login', authLimiter, async (ctx) => {
  const { email, password } = ctx.request.body;
  const user = await db('users').where({ email: String(email).toLowerCase() }).first();
  if (!user || !(await bcrypt.compare(String(password), user.password_hash))) {
    ctx.throw(401, 'Invalid credentials');
  }
  const token = signToken(user);
  // ok: insecure-cookie
  ctx.cookies.set('kb_token', token, { httpOnly: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 });
  // ok: token-logging
  logger.info({ userId: user.id }, 'login ok');
  ctx.body = { token };
});

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
router.post('/signup', async (ctx) => {
  const input = await signupSchema.validateAsync(ctx.request.body);
  const user = await db.transaction(async (trx) => {
    const [account] = await trx('accounts').insert({ name: input.company, subdomain: input.subdomain }).returning('*');
    const [created] = await trx('users')
      .insert({
        account_id: account.id,
        email: input.email.toLowerCase(),
        name: input.name,
        password_hash: await bcrypt.hash(input.password, 12),
        role: 'owner',
      })
      .returning('*');
    return created;
  });
  const token = signToken(user);
  // expect: insecure-cookie
  ctx.cookies.set('kb_token', token, { httpOnly: false, sameSite: 'lax' });
  ctx.status = 201;
  ctx.body = { token };
});

// ok: missing-auth, missing-rate-limit
router.post('/password/forgot', authLimiter, async (ctx) => {
  const email = String(ctx.request.body.email ?? '').toLowerCase();
  const user = await db('users').where({ email }).first();
  if (user) {
    const resetToken = crypto.randomBytes(32).toString('hex');
    const hash = crypto.createHash('sha256').update(resetToken).digest('hex');
    await db('users').where({ id: user.id }).update({ reset_token_hash: hash });
    // expect: token-logging
    logger.info(`reset link for ${email}: https://app.kbase.example/reset?token=${resetToken}`);
  }
  ctx.status = 202;
});

// ok: missing-auth
router.post('/password/reset', authLimiter, async (ctx) => {
  const { token, password } = await Joi.object({
    token: Joi.string().hex().length(64).required(),
    password: Joi.string().min(12).required(),
  }).validateAsync(ctx.request.body);
  const hash = crypto.createHash('sha256').update(token).digest('hex');
  const updated = await db('users')
    .where({ reset_token_hash: hash })
    .update({ password_hash: await bcrypt.hash(password, 12), reset_token_hash: null });
  if (!updated) ctx.throw(400, 'Reset link is invalid');
  ctx.status = 204;
});

// ok: missing-auth
router.get('/me', requireAuth, async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('users').select('id', 'email', 'name', 'role').where({ id: ctx.state.user.id }).first();
});

export default router;
