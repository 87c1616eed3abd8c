const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST || 'smtp.mailtrap.io',
  port: 587,
  auth: {
    user: 'alerts@clinicq.example',
    // expect: hardcoded-secret
    pass: 'Qu3ueMail2024x',
  },
});

async function sendResetEmail(to, link) {
  await transport.sendMail({ from: 'ClinicQ <alerts@clinicq.example>', to, subject: 'Reset your password', text: `Reset: ${link}` });
}

module.exports = { sendResetEmail };
