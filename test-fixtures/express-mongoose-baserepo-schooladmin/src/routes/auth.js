'use strict';
const express = require('express');
const crypto = require('crypto');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const rateLimit = require('express-rate-limit');
const User = require('../models/User');
const config = require('../lib/config');
const logger = require('../lib/logger');

const router = express.Router();
const loginLimiter = rateLimit({ windowMs: 10 * 60 * 1000, max: 20 });

// ok: missing-rate-limit
router.post('/login', loginLimiter, async (req, res) => {
  const { email, password } = req.body || {};
  // ok: unscoped-tenant-query
  const user = await User.findOne({ email: String(email) });
  if (!user || !(await bcrypt.compare(String(password), user.passwordHash))) {
    // ok: token-logging
    logger.warn('failed login', { email });
    return res.status(401).json({ error: 'invalid credentials' });
  }
  // ok: insecure-jwt
  const token = jwt.sign({ sub: String(user._id), school: String(user.school), role: user.role }, config.jwtSecret, { expiresIn: '12h' });
  return res.json({ token });
});

// expect: missing-rate-limit
router.post('/password-reset', async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email) });
  if (user) {
    const resetToken = crypto.randomBytes(24).toString('hex');
    user.resetToken = resetToken;
    await user.save();
    // expect: token-logging
    logger.info('password reset issued', { email: user.email, resetToken });
  }
  res.json({ ok: true });
});

module.exports = router;
