const express = require('express');
const crypto = require('crypto');
const bcrypt = require('bcryptjs');
const { Op } = require('sequelize');
const { celebrate, Joi, Segments } = require('celebrate');
const passport = require('../auth/passport');
const { sequelize, Clinic, User } = require('../models');
const { requireAuth } = require('../middleware/auth');
const { loginLimiter, signupLimiter } = require('../middleware/security');
const mailer = require('../services/mailer');
const logger = require('../utils/logger');
const config = require('../config');

const router = express.Router();

const sha256 = (value) => crypto.createHash('sha256').update(value).digest('hex');
const slugify = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');

// trace auth traffic while we chase the Safari logout bug
router.use((req, res, next) => {
  // expect: token-logging
  logger.debug('auth request', { method: req.method, path: req.path, body: req.body });
  next();
});

const loginSchema = celebrate({
  [Segments.BODY]: Joi.object({
    email: Joi.string().email().required(),
    password: Joi.string().max(128).required(),
    rememberMe: Joi.boolean().default(false),
  }),
});

// ok: missing-rate-limit, missing-auth
router.post('/login', loginLimiter, loginSchema, passport.authenticate('local'), async (req, res) => {
  if (req.body.rememberMe) {
    const token = crypto.randomBytes(32).toString('hex');
    await req.user.update({ rememberTokenHash: sha256(token) });
    // expect: insecure-cookie
    res.cookie('remember_token', token, { maxAge: 30 * 24 * 60 * 60 * 1000 });
  }
  logger.info('staff signed in', { userId: req.user.id, clinicId: req.user.clinicId });
  res.json({ id: req.user.id, fullName: req.user.fullName, role: req.user.role });
});

const registerSchema = celebrate({
  [Segments.BODY]: Joi.object({
    clinicName: Joi.string().trim().max(120).required(),
    fullName: Joi.string().trim().max(120).required(),
    email: Joi.string().email().required(),
    password: Joi.string().min(10).max(128).required(),
  }),
});

// ok: missing-rate-limit, missing-auth, missing-input-validation
router.post('/register', signupLimiter, registerSchema, async (req, res, next) => {
  try {
    const { clinicName, fullName, email, password } = req.body;
    const passwordHash = await bcrypt.hash(password, 12);
    const user = await sequelize.transaction(async (transaction) => {
      const clinic = await Clinic.create({ name: clinicName, slug: slugify(clinicName) }, { transaction });
      return User.create(
        { clinicId: clinic.id, fullName, email: email.toLowerCase(), passwordHash, role: 'admin' },
        { transaction },
      );
    });
    req.login(user, (err) => (err ? next(err) : res.status(201).json({ id: user.id })));
  } catch (err) {
    next(err);
  }
});

// expect: missing-rate-limit
router.post(
  '/forgot-password',
  celebrate({ [Segments.BODY]: Joi.object({ email: Joi.string().email().required() }) }),
  async (req, res, next) => {
    try {
      // ok: unscoped-tenant-query
      const user = await User.findOne({ where: { email: req.body.email.toLowerCase() } });
      if (user) {
        const token = crypto.randomBytes(32).toString('hex');
        await user.update({ resetTokenHash: sha256(token), resetTokenExpiresAt: new Date(Date.now() + 60 * 60 * 1000) });
        const link = `${config.appUrl}/reset-password?token=${token}`;
        // expect: token-logging
        logger.info(`password reset requested for ${user.email}: ${link}`);
        await mailer.sendPasswordReset(user.email, link);
      }
      res.status(202).json({ ok: true });
    } catch (err) {
      next(err);
    }
  },
);

const resetSchema = celebrate({
  [Segments.BODY]: Joi.object({
    token: Joi.string().hex().length(64).required(),
    password: Joi.string().min(10).max(128).required(),
  }),
});

// ok: missing-rate-limit, missing-auth
router.post('/reset-password', loginLimiter, resetSchema, async (req, res, next) => {
  try {
    const user = await User.findOne({
      where: { resetTokenHash: sha256(req.body.token), resetTokenExpiresAt: { [Op.gt]: new Date() } },
    });
    if (!user) return res.status(400).json({ error: 'This link is invalid or has expired' });
    await user.update({
      passwordHash: await bcrypt.hash(req.body.password, 12),
      resetTokenHash: null,
      resetTokenExpiresAt: null,
    });
    return res.json({ ok: true });
  } catch (err) {
    return next(err);
  }
});

// ok: missing-auth
router.post('/logout', (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    return req.session.destroy(() => {
      res.clearCookie('vp.sid');
      res.clearCookie('remember_token');
      res.status(204).end();
    });
  });
});

// ok: missing-auth
router.get('/me', requireAuth, (req, res) => {
  const { id, email, fullName, role, clinicId } = req.user;
  res.json({ id, email, fullName, role, clinicId });
});

// profile form on the settings page
// expect: missing-input-validation
router.patch('/me', requireAuth, async (req, res, next) => {
  try {
    await req.user.update(req.body);
    res.json({ id: req.user.id, fullName: req.user.fullName, email: req.user.email });
  } catch (err) {
    next(err);
  }
});

const passwordSchema = celebrate({
  [Segments.BODY]: Joi.object({
    currentPassword: Joi.string().max(128).required(),
    newPassword: Joi.string().min(10).max(128).required(),
  }),
});

// ok: missing-rate-limit, missing-input-validation
router.post('/me/password', requireAuth, loginLimiter, passwordSchema, async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const user = await User.scope('withPassword').findByPk(req.user.id);
    if (!(await bcrypt.compare(req.body.currentPassword, user.passwordHash))) {
      return res.status(400).json({ error: 'Current password is wrong' });
    }
    await user.update({ passwordHash: await bcrypt.hash(req.body.newPassword, 12) });
    return res.status(204).end();
  } catch (err) {
    return next(err);
  }
});

module.exports = router;
