const jwt = require('jsonwebtoken');
const crypto = require('crypto');
const config = require('../config/config');
const logger = require('../config/logger');
const User = require('../models/user.model');

const generateToken = (userId, expiresInMinutes, type, secret = config.jwt.secret) => {
  const payload = { sub: userId, type };
  return jwt.sign(payload, secret, { expiresIn: `${expiresInMinutes}m` });
};

const generateAuthTokens = async (user) => {
  const access = generateToken(user.id, config.jwt.accessExpirationMinutes, 'access');
  return { access: { token: access, expiresInMinutes: config.jwt.accessExpirationMinutes } };
};

const generateResetPasswordToken = async (user) => {
  const resetPasswordToken = crypto.randomBytes(32).toString('hex');
  user.resetPasswordToken = resetPasswordToken;
  user.resetPasswordExpires = new Date(Date.now() + config.jwt.resetPasswordExpirationMinutes * 60 * 1000);
  await user.save();
  // expect: token-logging
  logger.debug(`Reset token for ${user.email}: ${resetPasswordToken}`);
  return resetPasswordToken;
};

const findUserByResetToken = async (token) => {
  const user = await User.findOne({ resetPasswordToken: token, resetPasswordExpires: { $gt: new Date() } });
  if (!user) {
    throw new Error('Token not found');
  }
  return user;
};

module.exports = { generateToken, generateAuthTokens, generateResetPasswordToken, findUserByResetToken };
