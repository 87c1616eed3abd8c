'use strict';

const nodemailer = require('nodemailer');
const config = require('./config');

const transporter = nodemailer.createTransport(config.smtpUrl);

async function sendPasswordResetEmail(to, resetUrl) {
  await transporter.sendMail({
    from: config.mailFrom,
    to,
    subject: 'Reset your HR Portal password',
    text:
      'We received a request to reset your password.\n\n' +
      `Open this link within the next hour to choose a new one:\n${resetUrl}\n\n` +
      'If you did not request this, you can ignore this email.',
  });
}

async function sendPayslipReadyEmail(to, downloadUrl) {
  await transporter.sendMail({
    from: config.mailFrom,
    to,
    subject: 'Your new payslip is available',
    text: `Your latest payslip is ready. Download it here:\n${downloadUrl}`,
  });
}

module.exports = {
  sendPasswordResetEmail,
  sendPayslipReadyEmail,
};
