import Router from '@koa/router';
import Joi from 'joi';
import bcrypt from 'bcryptjs';
import crypto from 'crypto';
import jwt from 'jsonwebtoken';
import { db } from '../db';
import { config } from '../config';
import { authLimiter } from '../middleware/ratelimit';
import { validateBody } from '../middleware/validate';
import { requireStaff } from '../middleware/auth';

const LoginSchema = Joi.object({ email: Joi.string().email().required(), password: Joi.string().required(), remember: Joi.boolean() });
const RegisterSchema = Joi.object({
  companyName: Joi.string().min(2).max(120).required(),
  email: Joi.string().email().required(),
  password: Joi.string().min(12).max(200).required(),
});
const ForgotSchema = Joi.object({ email: Joi.string().email().required() });
const ResetSchema = Joi.object({ token: Joi.string().hex().length(64).required(), password: Joi.string().min(12).required() });

export const authRouter = new Router({ prefix: '/auth' });

authRouter.use(authLimiter);

// ok: missing-rate-limit, missing-auth, missing-input-validation
authRouter.post('/login', validateBody(LoginSchema), async (ctx) => {
  const { email, password, remember } = ctx.request.body as { email: string; password: string; remember?: boolean };
  const user = await db('users').where({ email: email.toLowerCase() }).first();
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    // expect: token-logging
    console.warn('login failed', ctx.request.body);
    ctx.throw(401, 'Invalid email or password');
  }
  const token = jwt.sign({ sub: user.id, companyId: user.company_id, role: user.role }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: '12h',
  });
  // ok: insecure-cookie
  ctx.cookies.set('pm_session', token, { httpOnly: true, secure: config.env === 'production', sameSite: 'lax', maxAge: 12 * 3600 * 1000 });
  if (remember) {
    const rememberToken = crypto.randomBytes(32).toString('hex');
    await db('remember_tokens').insert({ user_id: user.id, token_hash: crypto.createHash('sha256').update(rememberToken).digest('hex') });
    // expect: insecure-cookie
    ctx.cookies.set('pm_remember_token', rememberToken, { httpOnly: false, maxAge: 30 * 86400 * 1000 });
  }
  ctx.body = { token, role: user.role };
});

// ok: missing-rate-limit, missing-auth, missing-input-validation
authRouter.post('/register', validateBody(RegisterSchema), async (ctx) => {
  const { companyName, email, password } = ctx.request.body as { companyName: string; email: string; password: string };
  const user = await db.transaction(async (trx) => {
    const [company] = await trx('companies').insert({ name: companyName }).returning('*');
    const [created] = await trx('users')
      .insert({ company_id: company.id, email: email.toLowerCase(), password_hash: await bcrypt.hash(password, 12), role: 'admin' })
      .returning(['id', 'company_id', 'role']);
    return created;
  });
  ctx.status = 201;
  ctx.body = { id: user.id, companyId: user.company_id };
});

// ok: missing-rate-limit, missing-auth, missing-input-validation
authRouter.post('/forgot-password', validateBody(ForgotSchema), async (ctx) => {
  const { email } = ctx.request.body as { email: string };
  const user = await db('users').where({ email: email.toLowerCase() }).first();
  if (user) {
    const token = crypto.randomBytes(32).toString('hex');
    await db('users')
      .where({ id: user.id })
      .update({ reset_token_hash: crypto.createHash('sha256').update(token).digest('hex'), reset_expires_at: db.raw("now() + interval '30 minutes'") });
    // mailer.sendReset(user.email, token) is queued by the outbox worker
  }
  ctx.status = 202;
});

// ok: missing-rate-limit, missing-auth, missing-input-validation
authRouter.post('/reset-password', validateBody(ResetSchema), async (ctx) => {
  const { token, password } = ctx.request.body as { token: string; password: string };
  const hash = crypto.createHash('sha256').update(token).digest('hex');
  const updated = await db('users')
    .where({ reset_token_hash: hash })
    .andWhere('reset_expires_at', '>', db.fn.now())
    .update({ password_hash: await bcrypt.hash(password, 12), reset_token_hash: null, reset_expires_at: null });
  if (!updated) ctx.throw(400, 'Reset link is invalid or expired');
  ctx.status = 204;
});

// ok: missing-auth
authRouter.post('/logout', requireStaff, async (ctx) => {
  ctx.cookies.set('pm_session', null);
  ctx.cookies.set('pm_remember_token', null);
  ctx.status = 204;
});
