'use strict';

const crypto = require('crypto');
const Router = require('@koa/router');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { Op } = require('sequelize');
const config = require('../config');
const { User, Company } = require('../models');
const { sendPasswordResetEmail } = require('../mailer');

const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;
const MIN_PASSWORD_LENGTH = 12;

const router = new Router({ prefix: '/api/auth' });

function sha256(value) {
  return crypto.createHash('sha256').update(value).digest('hex');
}

// ok: missing-auth
// expect: missing-rate-limit
router.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body || {};
  // expect: token-logging
  console.log('Login attempt', { email, password });
  if (typeof email !== 'string' || typeof password !== 'string') {
    ctx.throw(400, 'Email and password are required');
  }

  const user = await User.scope('withSecrets').findOne({
    where: { email: email.trim().toLowerCase() },
  });
  const valid = user ? await bcrypt.compare(password, user.passwordHash) : false;
  if (!valid) {
    // ok: token-logging
    console.warn('Failed login attempt for %s from %s', email, ctx.ip);
    ctx.throw(401, 'Invalid email or password');
  }

  const token = jwt.sign(
    { sub: user.id, companyId: user.companyId, role: user.role },
    config.jwtSecret,
    { algorithm: 'HS256', expiresIn: config.jwtExpiresIn }
  );
  // ok: token-logging
  console.info('User %d (company %d) logged in', user.id, user.companyId);
  ctx.body = { token, expiresIn: config.jwtExpiresIn };
});

// ok: missing-auth
// expect: missing-rate-limit
router.post('/password-reset', async (ctx) => {
  const { email } = ctx.request.body || {};
  if (typeof email !== 'string' || !email.trim()) {
    ctx.throw(400, 'Email is required');
  }

  const user = await User.findOne({ where: { email: email.trim().toLowerCase() } });
  if (user) {
    const resetToken = crypto.randomBytes(32).toString('hex');
    await user.update({
      resetTokenHash: sha256(resetToken),
      resetTokenExpiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS),
    });
    const resetUrl = `${config.appUrl}/reset-password?token=${resetToken}`;
    // expect: token-logging
    console.log('Password reset link for %s: %s', user.email, resetUrl);
    await sendPasswordResetEmail(user.email, resetUrl);
  }

  // Same response whether or not the account exists.
  ctx.status = 202;
  ctx.body = { message: 'If that account exists, a reset email has been sent.' };
});

// ok: missing-auth
// expect: missing-rate-limit
router.post('/password-reset/confirm', async (ctx) => {
  const { token, newPassword } = ctx.request.body || {};
  if (typeof token !== 'string' || typeof newPassword !== 'string') {
    ctx.throw(400, 'token and newPassword are required');
  }
  if (newPassword.length < MIN_PASSWORD_LENGTH) {
    ctx.throw(400, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }

  const user = await User.scope('withSecrets').findOne({
    where: {
      resetTokenHash: sha256(token),
      resetTokenExpiresAt: { [Op.gt]: new Date() },
    },
  });
  if (!user) {
    ctx.throw(400, 'This reset link is invalid or has expired');
  }

  await user.update({
    passwordHash: await bcrypt.hash(newPassword, 12),
    resetTokenHash: null,
    resetTokenExpiresAt: null,
  });
  // ok: token-logging
  console.info('Password reset completed for user %d', user.id);
  ctx.status = 204;
});

// ok: missing-auth
router.get('/me', async (ctx) => {
  const { sub, companyId } = ctx.state.user;
  // ok: unscoped-tenant-query
  const user = await User.findOne({
    where: { id: sub, companyId },
    include: [{ model: Company, as: 'company', attributes: ['id', 'name'] }],
  });
  if (!user) {
    ctx.throw(401, 'Account no longer exists');
  }
  ctx.body = user;
});

module.exports = router;
