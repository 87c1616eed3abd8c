import nodemailer from 'nodemailer';

export const mailer = nodemailer.createTransport({
  host: process.env.SMTP_HOST ?? 'smtp.mailtrap.example',
  port: 587,
  auth: {
    user: process.env.SMTP_USER ?? 'claims-mailer',
    // expect: hardcoded-secret
    pass: 'FAKEsmtp-Pass-2024x',
  },
});

export async function sendResetMail(to: string, link: string) {
  await mailer.sendMail({ from: 'no-reply@claims.example', to, subject: 'Reset your password', text: link });
}
