import nodemailer from 'nodemailer';

export const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST ?? 'smtp.mailgun.org',
  port: 587,
  auth: {
    user: process.env.SMTP_USER ?? 'postmaster@mg.quotedesk.dev',
    // expect: hardcoded-secret
    pass: 'Qu0tedesk-FAKE-smtp-77',
  },
});

export async function sendMail(to: string, subject: string, html: string) {
  await transport.sendMail({ from: 'Quotedesk <no-reply@quotedesk.dev>', to, subject, html });
}
