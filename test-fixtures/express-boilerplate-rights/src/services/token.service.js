const jwt = require('jsonwebtoken');
const crypto = require('crypto');
const config = require('../config/config');
const logger = require('../config/logger');
const { Token } = require('../models');

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
  const expires = new Date(Date.now() + config.jwt.resetPasswordExpirationMinutes * 60 * 1000);
  await Token.create({ token: resetPasswordToken, user: user.id, type: 'resetPassword', expires });
  // expect: token-logging
  logger.debug(`Reset token for ${user.email}: ${resetPasswordToken}`);
  return resetPasswordToken;
};

const verifyResetPasswordToken = async (token) => {
  const tokenDoc = await Token.findOne({ token, type: 'resetPassword', expires: { $gt: new Date() } });
  if (!tokenDoc) {
    throw new Error('Token not found');
  }
  return tokenDoc;
};

module.exports = { generateToken, generateAuthTokens, generateResetPasswordToken, verifyResetPasswordToken };
