const httpStatus = require('http-status');
const logger = require('../config/logger');
const userService = require('./user.service');
const tokenService = require('./token.service');
const ApiError = require('../utils/ApiError');

const loginUserWithEmailAndPassword = async (email, password) => {
  const user = await userService.getUserByEmail(email);
  if (!user || !(await user.isPasswordMatch(password))) {
    throw new ApiError(httpStatus.UNAUTHORIZED, 'Incorrect email or password');
  }
  return user;
};

/** Queues the e-mail; the transport lives in a separate worker. */
const sendResetPasswordEmail = async (to, token) => {
  const resetPasswordUrl = `https://app.example.test/reset-password?token=${token}`;
  // the address only: the link carries the token
  // ok: token-logging
  logger.info(`Reset password email queued for ${to}`);
  return { to, subject: 'Reset password', text: `To reset your password, open ${resetPasswordUrl}` };
};

const resetPassword = async (resetPasswordToken, newPassword) => {
  const user = await tokenService.findUserByResetToken(resetPasswordToken);
  user.password = newPassword;
  user.resetPasswordToken = undefined;
  await user.save();
};

module.exports = { loginUserWithEmailAndPassword, sendResetPasswordEmail, resetPassword };
