import nodemailer from 'nodemailer';
import { env } from '$env/dynamic/private';

export const mailer = nodemailer.createTransport({
  host: env.SMTP_HOST ?? 'smtp.sendgrid.net',
  port: 587,
  auth: {
    user: 'apikey',
    // expect: hardcoded-secret
    pass: 'Brew2026Smtp77',
  },
});

export async function sendMail(to: string, subject: string, text: string) {
  await mailer.sendMail({ from: 'BrewLog <no-reply@brewlog.example>', to, subject, text });
}
