import nodemailer from 'nodemailer';

const transporter = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

export function sendMail(to, subject, html) {
  return transporter.sendMail({ from: 'KitchenHub <hello@kitchenhub.example>', to, subject, html });
}
