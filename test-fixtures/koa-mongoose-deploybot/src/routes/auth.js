const Router = require('@koa/router');
const Joi = require('joi');
const bcrypt = require('bcryptjs');
const crypto = require('crypto');
const { User, Team } = require('../models');
const { validateBody } = require('../middleware/validate');
const { loginLimiter, resetLimiter } = require('../middleware/limits');
const { issueToken } = require('../services/tokens');
const logger = require('../logger');

const router = new Router({ prefix: '/auth' });

const loginSchema = Joi.object({
  email: Joi.string().email().required(),
  password: Joi.string().min(8).max(200).required(),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/login', loginLimiter, validateBody(loginSchema), async (ctx) => {
  const { email, password } = ctx.request.body;
  // expect: token-logging
  logger.info('login attempt', ctx.request.body);
  const user = await User.findOne({ email });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    ctx.throw(401, 'Invalid credentials');
  }
  const token = issueToken(user);
  // expect: insecure-cookie
  ctx.cookies.set('access_token', token, { httpOnly: false, sameSite: 'lax', maxAge: 12 * 3600 * 1000 });
  ctx.body = { token };
});

// ok: missing-auth
// expect: missing-rate-limit, missing-input-validation
router.post('/signup', async (ctx) => {
  const { email, password, name, teamName } = ctx.request.body;
  if (!email || !password) ctx.throw(400, 'email and password are required');
  const team = await Team.create({ name: teamName, slug: teamName.toLowerCase().replace(/[^a-z0-9]+/g, '-') });
  const user = await User.create({ email, name, team: team._id, role: 'admin', passwordHash: await bcrypt.hash(password, 12) });
  ctx.status = 201;
  ctx.body = { token: issueToken(user) };
});

// ok: missing-auth, missing-rate-limit
router.post('/password/forgot', resetLimiter, validateBody(Joi.object({ email: Joi.string().email().required() })), async (ctx) => {
  const user = await User.findOne({ email: ctx.request.body.email });
  if (user) {
    const token = crypto.randomBytes(32).toString('hex');
    await user.updateOne({ resetTokenHash: crypto.createHash('sha256').update(token).digest('hex'), resetExpires: Date.now() + 3600e3 });
    // ok: token-logging
    logger.info('password reset requested', { userId: String(user._id) });
  }
  ctx.body = { ok: true };
});

// ok: missing-auth
router.post('/logout', async (ctx) => {
  ctx.cookies.set('access_token', null);
  ctx.status = 204;
});

module.exports = router;
