const logger = require('./logger');

const APP_URL = process.env.APP_URL || 'http://localhost:5173';

async function send(to, subject, text) {
  // the transport is swapped for a real one in production (see deploy/)
  logger.info('mail queued', { to, subject });
  return { queued: true, length: text.length };
}

exports.sendReset = (to, token) => send(to, 'Reset your ClinicBook password', `${APP_URL}/reset/${token}`);
exports.sendAppointmentReminder = (to, when) => send(to, 'Your appointment', `See you on ${when.toISOString()}`);
