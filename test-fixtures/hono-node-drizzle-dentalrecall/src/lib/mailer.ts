import nodemailer from 'nodemailer';

export const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST ?? 'smtp.mailtrap.io',
  port: 587,
  auth: {
    user: process.env.SMTP_USER ?? 'recalls@dentalrecall.test',
    // expect: hardcoded-secret
    pass: process.env.SMTP_PASS ?? 'Sm1le-Recall-2024',
  },
});

export async function sendRecall(to: string, practiceName: string) {
  await transport.sendMail({
    from: 'recalls@dentalrecall.test',
    to,
    subject: `Time for your check-up at ${practiceName}`,
    text: 'Reply to this email or call the practice to book your next visit.',
  });
}
