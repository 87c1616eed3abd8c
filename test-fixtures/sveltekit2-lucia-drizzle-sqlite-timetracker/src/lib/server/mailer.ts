import nodemailer from 'nodemailer';
import { env } from '$env/dynamic/private';

export const mailer = nodemailer.createTransport({
  host: env.SMTP_HOST ?? 'smtp.mailtrap.io',
  port: 587,
  auth: {
    user: env.SMTP_USER ?? 'hourglass',
    // expect: hardcoded-secret
    pass: 'Hg-smtp-2024x91',
  },
});
