import nodemailer from 'nodemailer';

export const mailer = nodemailer.createTransport({
  host: process.env.SMTP_HOST ?? 'smtp.mailrelay.test',
  port: 587,
  auth: {
    user: process.env.SMTP_USER ?? 'supportdesk',
    // expect: hardcoded-secret
    pass: process.env.SMTP_PASS ?? 'Relay2024xQz9',
  },
});

export async function sendResetMail(to: string, link: string) {
  await mailer.sendMail({ from: 'help@supportdesk.test', to, subject: 'Reset your password', text: link });
}
