import nodemailer from 'nodemailer';

export const mailer = nodemailer.createTransport({
  host: 'smtp.billboard.example',
  port: 587,
  auth: {
    user: 'no-reply@billboard.example',
    // expect: hardcoded-secret
    pass: 'Inv0ices!Relay77',
  },
});

export function sendResetEmail(to, link) {
  return mailer.sendMail({ to, from: 'no-reply@billboard.example', subject: 'Reset your password', text: `Reset: ${link}` });
}
