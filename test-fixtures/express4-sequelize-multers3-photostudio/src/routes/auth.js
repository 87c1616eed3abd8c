const express = require('express');
const crypto = require('crypto');
const bcrypt = require('bcryptjs');
const Joi = require('joi');
const rateLimit = require('express-rate-limit');
const { sequelize, Account, User } = require('../models');
const logger = require('../lib/logger');

const router = express.Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: 'draft-7', legacyHeaders: false });

const signupSchema = Joi.object({
  email: Joi.string().email().required(),
  password: Joi.string().min(10).required(),
  studioName: Joi.string().max(80).required(),
});

// ok: missing-auth
// ok: missing-rate-limit
router.post('/login', loginLimiter, async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ where: { email: String(email || '').toLowerCase() } });
  if (!user || !(await bcrypt.compare(String(password || ''), user.passwordHash))) {
    // ok: token-logging
    logger.warn('failed login', { email });
    return res.status(401).json({ error: 'Invalid email or password' });
  }
  req.session.regenerate((err) => {
    if (err) return res.status(500).json({ error: 'Could not sign in' });
    req.session.userId = user.id;
    res.json({ id: user.id, role: user.role });
  });
});

// ok: missing-auth
// ok: missing-input-validation
// expect: missing-rate-limit
router.post('/signup', async (req, res) => {
  const { error, value } = signupSchema.validate(req.body);
  if (error) return res.status(400).json({ error: error.details[0].message });
  try {
    const user = await sequelize.transaction(async (t) => {
      const account = await Account.create({ name: value.studioName }, { transaction: t });
      return User.create({ email: value.email.toLowerCase(), passwordHash: await bcrypt.hash(value.password, 12), role: 'owner', accountId: account.id }, { transaction: t });
    });
    req.session.userId = user.id;
    res.status(201).json({ id: user.id });
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: err.message });
  }
});

// ok: missing-auth
// expect: missing-rate-limit
router.post('/forgot-password', async (req, res) => {
  const user = await User.findOne({ where: { email: String(req.body.email || '').toLowerCase() } });
  if (user) {
    const resetToken = crypto.randomBytes(32).toString('hex');
    await user.update({ resetToken });
    // expect: token-logging
    logger.info(`password reset requested for ${user.email}, token ${resetToken}`);
  }
  res.json({ ok: true });
});

// ok: missing-auth
router.post('/remember', (req, res) => {
  if (!req.session.userId) return res.status(401).json({ error: 'Please sign in' });
  const rememberToken = crypto.randomBytes(32).toString('hex');
  // ok: insecure-cookie
  res.cookie('remember_token', rememberToken, { httpOnly: true, secure: true, maxAge: 30 * 24 * 3600 * 1000 });
  res.json({ ok: true });
});

// every auth route declared from here on is limited; the ones above were declared before it and are not
router.use(rateLimit({ windowMs: 60 * 60 * 1000, limit: 20 }));

// ok: missing-auth
// ok: missing-rate-limit
router.post('/magic-link', async (req, res) => {
  const user = await User.findOne({ where: { email: String(req.body.email || '').toLowerCase() } });
  if (user) {
    const resetToken = crypto.randomBytes(32).toString('hex');
    await user.update({ resetToken });
  }
  res.json({ ok: true });
});

// ok: missing-auth
router.post('/logout', (req, res) => {
  req.session.destroy(() => res.json({ ok: true }));
});

module.exports = router;
