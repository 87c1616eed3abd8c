const nodemailer = require('nodemailer');
const config = require('../config');

const transport = nodemailer.createTransport({
  host: config.smtp.host,
  port: config.smtp.port,
  auth: { user: config.smtp.user, pass: config.smtp.pass },
});

const FROM = 'VetPortal <no-reply@vetportal.io>';

async function sendPasswordReset(to, link) {
  await transport.sendMail({
    from: FROM,
    to,
    subject: 'Reset your VetPortal password',
    text: `Someone asked to reset your password. If it was you, open ${link} within the hour.`,
  });
}

async function sendInvite(to, clinicName, link) {
  await transport.sendMail({
    from: FROM,
    to,
    subject: `You have been invited to ${clinicName} on VetPortal`,
    text: `Set your password here: ${link}`,
  });
}

module.exports = { sendPasswordReset, sendInvite };
