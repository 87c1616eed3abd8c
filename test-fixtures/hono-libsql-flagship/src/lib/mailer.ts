import nodemailer from 'nodemailer';

export const mailer = nodemailer.createTransport({
  host: 'smtp.mailgun.example',
  port: 587,
  auth: {
    user: 'postmaster@flagship.example',
    // expect: hardcoded-secret
    pass: 'FAKEsmtp-Pass-2024x',
  },
});

export async function sendResetEmail(to: string, link: string) {
  await mailer.sendMail({ from: 'Flagship <no-reply@flagship.example>', to, subject: 'Reset your password', text: `Reset it here: ${link}` });
}
