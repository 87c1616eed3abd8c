const Router = require('@koa/router');
const Joi = require('joi');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { passport, JWT_SECRET } = require('../auth/passport');
const { loginLimiter, resetLimiter } = require('../lib/limits');
const db = require('../lib/db');
const logger = require('../lib/logger');

const router = new Router({ prefix: '/auth' });

const RegisterSchema = Joi.object({
  email: Joi.string().email().required(),
  password: Joi.string().min(12).required(),
  branchCode: Joi.string().alphanum().required(),
});

// ok: missing-auth, missing-rate-limit
router.post('/login', loginLimiter, passport.authenticate('local', { session: false }), async (ctx) => {
  const user = ctx.state.user;
  // ok: insecure-jwt
  const token = jwt.sign({ sub: user.id, branch: user.branch_id, role: user.role }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '8h' });
  // ok: token-logging
  logger.info({ userId: user.id, branch: user.branch_id }, 'login ok');
  // expect: insecure-cookie
  ctx.cookies.set('ld_token', token, { httpOnly: false, sameSite: 'lax', maxAge: 8 * 3600 * 1000 });
  ctx.body = { token };
});

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
router.post('/register', async (ctx) => {
  const { value, error } = RegisterSchema.validate(ctx.request.body);
  if (error) ctx.throw(400, error.message);
  const branch = await db('branches').where({ code: value.branchCode }).first();
  if (!branch) ctx.throw(400, 'unknown branch');
  const [user] = await db('users')
    .insert({ email: value.email.toLowerCase(), password_hash: await bcrypt.hash(value.password, 12), branch_id: branch.id })
    .returning(['id', 'email']);
  ctx.status = 201;
  ctx.body = user;
});

// ok: missing-auth, missing-rate-limit
router.post('/password/forgot', resetLimiter, async (ctx) => {
  const email = String(ctx.request.body.email || '').toLowerCase();
  const user = await db('users').where({ email }).first();
  if (user) {
    const resetToken = jwt.sign({ sub: user.id, purpose: 'reset' }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '30m' });
    // expect: token-logging
    logger.info(`password reset link for ${email}: /reset?token=${resetToken}`);
  }
  ctx.body = { ok: true };
});

// API clients (the branch tablets) exchange credentials for a token pair
// ok: missing-auth
// expect: missing-rate-limit
router.post('/token', passport.authenticate('local', { session: false }), async (ctx) => {
  const user = ctx.state.user;
  const accessToken = jwt.sign({ sub: user.id, branch: user.branch_id, role: user.role }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '15m' });
  const refreshToken = jwt.sign({ sub: user.id, kind: 'refresh' }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '30d' });
  // ok: insecure-cookie
  ctx.cookies.set('ld_refresh', refreshToken, { httpOnly: true, secure: true, sameSite: 'strict' });
  ctx.body = { accessToken };
});

module.exports = router;
