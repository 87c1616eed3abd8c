const crypto = require('crypto');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { validationResult } = require('express-validator');
const User = require('../models/User');
const Clinic = require('../models/Clinic');
const config = require('../config');
const logger = require('../lib/logger');
const { mask } = require('../lib/logger');
const mailer = require('../lib/mailer');

function issueTokens(user) {
  const accessToken = jwt.sign({ sub: user.id, role: user.role }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: config.jwtExpiresIn,
  });
  const refreshToken = jwt.sign({ sub: user.id, typ: 'refresh' }, config.jwtSecret, { algorithm: 'HS256', expiresIn: '30d' });
  return { accessToken, refreshToken };
}

// runs after passport.authenticate('local')
exports.login = (req, res) => {
  const { accessToken, refreshToken } = issueTokens(req.user);
  // expect: token-logging
  logger.debug(`issued access token ${accessToken} to ${req.user.email}`);
  // ok: insecure-cookie
  res.cookie('refresh_token', refreshToken, { httpOnly: true, secure: config.isProd, sameSite: 'strict', path: '/api/auth' });
  res.json({ accessToken, user: { id: req.user.id, name: req.user.name, role: req.user.role } });
};

exports.register = async (req, res, next) => {
  try {
    const { email, password, name, clinicName } = req.body;
    // ok: token-logging
    logger.info('new clinic signup', { email, clinicName });
    const clinic = await Clinic.create({ name: clinicName, slug: clinicName.toLowerCase().replace(/\W+/g, '-') });
    const passwordHash = await bcrypt.hash(password, 12);
    const user = await User.create({ email, name, passwordHash, role: 'owner', clinic: clinic._id });
    res.status(201).json({ id: user.id });
  } catch (err) {
    next(err);
  }
};

exports.forgotPassword = async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email || '').toLowerCase() });
  if (user) {
    user.resetToken = crypto.randomBytes(32).toString('hex');
    user.resetTokenExpires = new Date(Date.now() + 60 * 60 * 1000);
    await user.save();
    // ok: token-logging
    logger.info('password reset requested', { userId: user.id, token: mask(user.resetToken) });
    await mailer.sendReset(user.email, user.resetToken);
  }
  res.json({ message: 'If the address exists, a reset link is on its way' });
};

exports.resetPassword = async (req, res) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
  const user = await User.findOne({ resetToken: req.params.token, resetTokenExpires: { $gt: new Date() } });
  if (!user) return res.status(400).json({ message: 'Reset link is invalid or has expired' });
  // expect: token-logging
  console.log('resetting password for', user.email, 'with token', req.params.token);
  user.passwordHash = await bcrypt.hash(req.body.password, 12);
  user.resetToken = undefined;
  await user.save();
  res.json({ message: 'Password updated' });
};

exports.refresh = async (req, res) => {
  const token = req.cookies.refresh_token;
  if (!token) return res.status(401).json({ message: 'No refresh token' });
  // expect: insecure-jwt
  const claims = jwt.decode(token);
  if (!claims || claims.typ !== 'refresh') return res.status(401).json({ message: 'Invalid refresh token' });
  const user = await User.findById(claims.sub);
  if (!user) return res.status(401).json({ message: 'Invalid refresh token' });
  res.json({ accessToken: issueTokens(user).accessToken });
};

exports.me = (req, res) => {
  res.json({ id: req.user.id, email: req.user.email, role: req.user.role, clinic: req.user.clinic });
};

exports.logout = (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    res.clearCookie('refresh_token', { path: '/api/auth' });
    res.status(204).end();
  });
};
