'use strict';

const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST || 'smtp.clinicbook.example',
  port: 587,
  auth: {
    user: process.env.SMTP_USER || 'noreply@clinicbook.example',
    // expect: hardcoded-secret
    pass: process.env.SMTP_PASS || 'Cl1nicB00k-smtp7',
  },
});

function sendMail(to, subject, text) {
  return transport.sendMail({ from: 'ClinicBook <noreply@clinicbook.example>', to, subject, text });
}

module.exports = { sendMail };
