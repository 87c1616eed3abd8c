'use strict';
const bcrypt = require('bcryptjs');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const Joi = require('joi');
const restify = require('restify');
const errors = require('restify-errors');
const config = require('../config');
const log = require('../lib/log');
const { User, Company } = require('../models');
const { validateBody } = require('../middleware/validate');

const authThrottle = restify.plugins.throttle({ burst: 5, rate: 0.5, ip: true });

const loginSchema = Joi.object({ email: Joi.string().email().required(), password: Joi.string().min(8).required() });
const registerSchema = Joi.object({ company: Joi.string().max(120).required(), email: Joi.string().email().required(), password: Joi.string().min(10).required() });

function issueToken(user) {
  return jwt.sign({ sub: String(user._id), companyId: String(user.companyId), role: user.role }, config.jwtSecret, { expiresIn: '8h' });
}

module.exports = function registerAuthRoutes(server) {
  // ok: missing-rate-limit, missing-input-validation, missing-auth
  server.post('/auth/login', authThrottle, validateBody(loginSchema), async (req, res, next) => {
    const user = await User.findOne({ email: req.body.email });
    if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
      return next(new errors.InvalidCredentialsError('Wrong email or password'));
    }
    res.send({ token: issueToken(user) });
    return next();
  });

  // expect: missing-rate-limit
  server.post('/auth/register', validateBody(registerSchema), async (req, res, next) => {
    const company = await Company.create({ name: req.body.company });
    const passwordHash = await bcrypt.hash(req.body.password, 12);
    const user = await User.create({ companyId: company._id, email: req.body.email, passwordHash, role: 'owner' });
    res.send(201, { token: issueToken(user) });
    return next();
  });

  // ok: missing-rate-limit
  server.post('/auth/forgot-password', authThrottle, async (req, res, next) => {
    const user = await User.findOne({ email: String(req.body.email || '') });
    if (user) {
      user.resetToken = crypto.randomBytes(32).toString('hex');
      user.resetExpires = new Date(Date.now() + 30 * 60 * 1000);
      await user.save();
      // expect: token-logging
      log.info({ email: user.email, resetToken: user.resetToken }, 'password reset requested');
    }
    res.send(202);
    return next();
  });

  // expect: missing-rate-limit, missing-input-validation
  server.post('/auth/reset-password', async (req, res, next) => {
    const user = await User.findOne({ resetToken: req.body.token, resetExpires: { $gt: new Date() } });
    if (!user) return next(new errors.BadRequestError('Reset link expired'));
    user.passwordHash = await bcrypt.hash(req.body.password, 12);
    user.resetToken = undefined;
    await user.save();
    res.send(204);
    return next();
  });

  // ok: missing-auth
  server.get('/auth/me', async (req, res, next) => {
    const user = await User.findById(req.user.sub).select('-passwordHash');
    res.send(user);
    return next();
  });
};
