const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST || 'smtp.mailtrap.io',
  port: 2525,
  auth: {
    user: process.env.SMTP_USER || 'ironworks',
    // expect: hardcoded-secret
    pass: 'Fake2024Smtp99',
  },
});

// ok: hardcoded-secret
const MAILCHIMP_KEY = process.env.MAILCHIMP_KEY || 'your-api-key-here';

async function sendMail(to, subject, text) {
  await transport.sendMail({ from: 'desk@ironworks.example', to, subject, text });
}

module.exports = { sendMail, MAILCHIMP_KEY };
