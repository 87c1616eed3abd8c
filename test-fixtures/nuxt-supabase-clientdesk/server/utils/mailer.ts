import nodemailer from 'nodemailer';

export const mailer = nodemailer.createTransport({
  host: 'smtp.mailgun.org',
  port: 587,
  auth: {
    user: 'postmaster@mg.clientdesk.example',
    // expect: hardcoded-secret
    pass: 'Fak3-Smtp-Passw0rd-9911',
  },
});
