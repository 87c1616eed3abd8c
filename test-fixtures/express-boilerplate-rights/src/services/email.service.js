const logger = require('../config/logger');

/** Queues the e-mail; the transport lives in a separate worker. */
const sendResetPasswordEmail = async (to, token) => {
  const resetPasswordUrl = `https://app.example.test/reset-password?token=${token}`;
  // the address only: the link carries the token
  // ok: token-logging
  logger.info(`Reset password email queued for ${to}`);
  return { to, subject: 'Reset password', text: `To reset your password, open ${resetPasswordUrl}` };
};

module.exports = { sendResetPasswordEmail };
