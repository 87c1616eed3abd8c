const bcrypt = require('bcryptjs');
const crypto = require('crypto');
const { matchedData } = require('express-validator');
const { sequelize, Organization, User } = require('../models');
const logger = require('../lib/logger');
const mailer = require('../lib/mailer');

exports.login = (req, res) => {
  // ok: token-logging
  logger.info('user signed in', { userId: req.user.id });
  res.json({ id: req.user.id, email: req.user.email, role: req.user.role });
};

exports.signup = async (req, res, next) => {
  // expect: token-logging
  logger.debug('signup payload', req.body);
  const { email, password, name, organization } = matchedData(req);
  try {
    const user = await sequelize.transaction(async (t) => {
      const org = await Organization.create({ name: organization }, { transaction: t });
      const passwordHash = await bcrypt.hash(password, 12);
      return User.create({ email, name, passwordHash, role: 'owner', orgId: org.id }, { transaction: t });
    });
    req.login(user, (err) => {
      if (err) return next(err);
      res.status(201).json({ id: user.id });
    });
  } catch (err) {
    next(err);
  }
};

exports.forgotPassword = async (req, res) => {
  const user = await User.findOne({ where: { email: String(req.body.email || '').toLowerCase() } });
  if (user) {
    const token = crypto.randomBytes(32).toString('hex');
    await user.update({ resetTokenHash: crypto.createHash('sha256').update(token).digest('hex') });
    await mailer.sendReset(user.email, token);
  }
  res.status(202).json({ ok: true });
};

exports.rememberMe = (req, res) => {
  const token = crypto.randomBytes(24).toString('hex');
  // expect: insecure-cookie
  res.cookie('remember_token', token, { maxAge: 30 * 24 * 3600 * 1000 });
  res.json({ ok: true });
};

exports.logout = (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    req.session.destroy(() => res.status(204).end());
  });
};
