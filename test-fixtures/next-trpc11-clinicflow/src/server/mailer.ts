import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({
  host: 'smtp.clinicflow.example',
  port: 587,
  // expect: hardcoded-secret
  auth: { user: 'notifications', pass: 'Cl1n1cFl0w-Smtp-2025' },
});

export async function sendResetEmail(to: string, token: string) {
  // ok: token-logging
  console.info('sending password reset email', { to });
  await transport.sendMail({ to, subject: 'Reset your password', text: `https://app.clinicflow.example/reset/${token}` });
}
