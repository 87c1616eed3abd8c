const nodemailer = require('nodemailer');
const config = require('../config');

const transport = nodemailer.createTransport({
  host: config.smtp.host,
  port: config.smtp.port,
  auth: { user: config.smtp.user, pass: config.smtp.pass },
});

async function sendReset(to, token) {
  await transport.sendMail({
    to,
    from: 'no-reply@leadtracker.test',
    subject: 'Reset your password',
    text: `Reset link: https://app.leadtracker.test/reset?token=${token}`,
  });
}

module.exports = { sendReset };
