import nodemailer from 'nodemailer';

export const mailer = nodemailer.createTransport({
  host: 'smtp.mailrelay.example',
  port: 587,
  auth: {
    user: 'notifications@tutormatch.example',
    // expect: hardcoded-secret
    pass: 'Tm-Relay-2024x',
  },
});

export async function sendResetEmail(to: string, url: string) {
  await mailer.sendMail({ from: 'TutorMatch <no-reply@tutormatch.example>', to, subject: 'Reset your password', text: `Reset it here: ${url}` });
}
