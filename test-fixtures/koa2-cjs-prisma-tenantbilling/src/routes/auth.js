'use strict';

const crypto = require('crypto');
const Router = require('@koa/router');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const prisma = require('../lib/prisma');
const logger = require('../lib/logger');
const schemas = require('../validation/schemas');
const { loginLimiter, resetLimiter } = require('../middleware/rateLimit');

const router = new Router();

function issueAccessToken(user) {
  return jwt.sign(
    { sub: user.id, orgId: user.orgId, role: user.role, email: user.email },
    process.env.JWT_SECRET,
    { algorithm: 'HS256', audience: 'billing-portal', expiresIn: '30m' },
  );
}

function issueRefreshToken(user) {
  return jwt.sign({ sub: user.id, kind: 'refresh' }, process.env.JWT_REFRESH_SECRET, { expiresIn: '14d' });
}

// ok: missing-auth, missing-rate-limit
router.post('/login', loginLimiter, async (ctx) => {
  const { email, password } = ctx.request.body || {};
  const user = await prisma.user.findUnique({ where: { email: String(email || '').toLowerCase() } });
  if (!user || !(await bcrypt.compare(String(password || ''), user.passwordHash))) {
    ctx.throw(401, 'Invalid email or password');
  }

  const accessToken = issueAccessToken(user);
  // expect: insecure-cookie
  ctx.cookies.set('ll_refresh', issueRefreshToken(user), {
    httpOnly: false,
    secure: false,
    maxAge: 14 * 24 * 3600 * 1000,
  });
  // ok: token-logging
  logger.info({ userId: user.id, orgId: user.orgId }, 'login succeeded');
  ctx.body = { accessToken, user: { id: user.id, name: user.name, role: user.role } };
});

// ok: missing-auth
router.post('/refresh', async (ctx) => {
  const presented = ctx.cookies.get('ll_refresh');
  if (!presented) ctx.throw(401, 'No refresh token');
  let claims;
  try {
    claims = jwt.verify(presented, process.env.JWT_REFRESH_SECRET);
  } catch (err) {
    ctx.throw(401, 'Refresh token expired');
  }
  const user = await prisma.user.findUnique({ where: { id: claims.sub } });
  if (!user) ctx.throw(401, 'Unknown user');
  // ok: insecure-cookie
  ctx.cookies.set('ll_refresh', issueRefreshToken(user), {
    httpOnly: true,
    sameSite: 'strict',
    maxAge: 14 * 24 * 3600 * 1000,
  });
  ctx.body = { accessToken: issueAccessToken(user) };
});

// ok: missing-auth, missing-input-validation
router.post('/signup', loginLimiter, async (ctx) => {
  const input = await schemas.signup.validateAsync(ctx.request.body, { stripUnknown: true });
  const passwordHash = await bcrypt.hash(input.password, 12);
  const user = await prisma.$transaction(async (tx) => {
    const org = await tx.organization.create({ data: { name: input.orgName } });
    return tx.user.create({
      data: { orgId: org.id, email: input.email.toLowerCase(), name: input.name, passwordHash, role: 'admin' },
    });
  });
  ctx.status = 201;
  ctx.body = { accessToken: issueAccessToken(user) };
});

// expect: missing-rate-limit
router.post('/forgot-password', async (ctx) => {
  const email = String((ctx.request.body || {}).email || '').toLowerCase();
  const user = await prisma.user.findUnique({ where: { email } });
  if (user) {
    const resetToken = crypto.randomBytes(32).toString('hex');
    await prisma.user.update({
      where: { id: user.id },
      data: {
        resetTokenHash: crypto.createHash('sha256').update(resetToken).digest('hex'),
        resetExpiresAt: new Date(Date.now() + 30 * 60 * 1000),
      },
    });
    const link = `${process.env.PORTAL_URL}/reset-password?token=${resetToken}`;
    // expect: token-logging
    logger.info(`password reset requested for ${email}, link ${link}`);
  }
  ctx.status = 202;
  ctx.body = { ok: true };
});

// ok: missing-rate-limit
// expect: missing-input-validation
router.post('/reset-password', resetLimiter, async (ctx) => {
  const { token, password } = ctx.request.body || {};
  if (typeof password !== 'string' || password.length < 12) ctx.throw(400, 'Password too short');
  const tokenHash = crypto.createHash('sha256').update(String(token || '')).digest('hex');
  const user = await prisma.user.findFirst({
    where: { resetTokenHash: tokenHash, resetExpiresAt: { gt: new Date() } },
  });
  if (!user) ctx.throw(400, 'Reset link is invalid or has expired');
  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await bcrypt.hash(password, 12), resetTokenHash: null, resetExpiresAt: null },
  });
  ctx.status = 204;
});

module.exports = router;
