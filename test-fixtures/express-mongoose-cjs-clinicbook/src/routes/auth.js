'use strict';

const crypto = require('crypto');
const express = require('express');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { celebrate, Joi, Segments } = require('celebrate');

const config = require('../config');
const logger = require('../lib/logger');
const { sendMail } = require('../lib/mailer');
const { authLimiter } = require('../middleware/limits');
const { Clinic, User } = require('../models');

const router = express.Router();

function issueTokens(user) {
  const claims = { sub: String(user._id), clinicId: String(user.clinicId), role: user.role };
  const accessToken = jwt.sign(claims, config.jwtSecret, { algorithm: 'HS256', expiresIn: '15m' });
  const refreshToken = jwt.sign({ sub: claims.sub, kind: 'refresh' }, config.jwtSecret, { algorithm: 'HS256', expiresIn: '14d' });
  return { accessToken, refreshToken };
}

function setRefreshCookie(res, refreshToken) {
  // ok: insecure-cookie
  res.cookie('refresh_token', refreshToken, {
    httpOnly: true,
    secure: config.isProd,
    sameSite: 'strict',
    path: '/api/auth',
    maxAge: 14 * 24 * 3600 * 1000,
  });
}

const credentials = Joi.object({
  email: Joi.string().email().required(),
  password: Joi.string().min(8).max(200).required(),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/login', authLimiter, celebrate({ [Segments.BODY]: credentials }), async (req, res, next) => {
  try {
    // expect: token-logging
    logger.debug({ body: req.body }, 'login attempt');
    const user = await User.findOne({ email: req.body.email.toLowerCase() });
    if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
      return res.status(401).json({ error: 'Invalid email or password' });
    }
    const { accessToken, refreshToken } = issueTokens(user);
    setRefreshCookie(res, refreshToken);
    // ok: token-logging
    logger.info({ userId: user.id, clinicId: user.clinicId }, 'login ok');
    return res.json({ accessToken });
  } catch (err) {
    return next(err);
  }
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post(
  '/signup',
  authLimiter,
  celebrate({
    [Segments.BODY]: Joi.object({
      clinicName: Joi.string().max(120).required(),
      name: Joi.string().max(120).required(),
      email: Joi.string().email().required(),
      password: Joi.string().min(10).max(200).required(),
    }),
  }),
  async (req, res, next) => {
    try {
      const slug = req.body.clinicName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const clinic = await Clinic.create({ name: req.body.clinicName, slug: `${slug}-${crypto.randomBytes(3).toString('hex')}` });
      const user = await User.create({
        clinicId: clinic._id,
        email: req.body.email,
        name: req.body.name,
        passwordHash: await bcrypt.hash(req.body.password, 12),
        role: 'owner',
      });
      const { accessToken, refreshToken } = issueTokens(user);
      setRefreshCookie(res, refreshToken);
      return res.status(201).json({ accessToken });
    } catch (err) {
      return next(err);
    }
  },
);

// expect: missing-rate-limit
router.post('/forgot-password', celebrate({ [Segments.BODY]: Joi.object({ email: Joi.string().email().required() }) }), async (req, res) => {
  const user = await User.findOne({ email: req.body.email.toLowerCase() });
  if (user) {
    const token = crypto.randomBytes(32).toString('hex');
    user.resetTokenHash = crypto.createHash('sha256').update(token).digest('hex');
    user.resetTokenExpires = new Date(Date.now() + 30 * 60 * 1000);
    await user.save();
    const resetUrl = `${config.appUrl}/reset-password?token=${token}`;
    // expect: token-logging
    logger.info(`password reset requested for ${user.email}, link ${resetUrl}`);
    await sendMail(user.email, 'Reset your ClinicBook password', `Open ${resetUrl} within 30 minutes.`);
  }
  res.json({ ok: true });
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post(
  '/reset-password',
  authLimiter,
  celebrate({ [Segments.BODY]: Joi.object({ token: Joi.string().hex().length(64).required(), password: Joi.string().min(10).required() }) }),
  async (req, res) => {
    const hash = crypto.createHash('sha256').update(req.body.token).digest('hex');
    const user = await User.findOne({ resetTokenHash: hash, resetTokenExpires: { $gt: new Date() } });
    if (!user) return res.status(400).json({ error: 'This link has expired' });
    user.passwordHash = await bcrypt.hash(req.body.password, 12);
    user.resetTokenHash = undefined;
    user.resetTokenExpires = undefined;
    await user.save();
    return res.json({ ok: true });
  },
);

// ok: missing-auth, missing-rate-limit
router.post('/refresh', async (req, res) => {
  const raw = req.cookies.refresh_token;
  if (!raw) return res.status(401).json({ error: 'No session' });
  try {
    // ok: insecure-jwt
    const claims = jwt.verify(raw, config.jwtSecret, { algorithms: ['HS256'] });
    const user = await User.findById(claims.sub);
    if (!user) return res.status(401).json({ error: 'No session' });
    const tokens = issueTokens(user);
    setRefreshCookie(res, tokens.refreshToken);
    return res.json({ accessToken: tokens.accessToken });
  } catch {
    return res.status(401).json({ error: 'No session' });
  }
});

// ok: missing-auth
router.get('/csrf', (req, res) => {
  const csrf = crypto.randomBytes(24).toString('hex');
  // ok: insecure-cookie
  res.cookie('csrf_token', csrf, { secure: config.isProd, sameSite: 'strict' });
  res.json({ csrf });
});

// ok: missing-auth
router.post('/logout', (req, res) => {
  res.clearCookie('refresh_token', { path: '/api/auth' });
  res.sendStatus(204);
});

module.exports = router;
