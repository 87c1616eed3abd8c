import nodemailer from 'nodemailer';

export const mailer = nodemailer.createTransport({
  host: 'smtp.postmark.example',
  port: 587,
  auth: {
    user: 'hiringdesk-notifications',
    // expect: hardcoded-secret
    pass: 'FAKE-m4ilpass-2024-hiringdesk',
  },
});

export async function sendStageChangeEmail(to: string, jobTitle: string, stage: string) {
  await mailer.sendMail({
    from: 'Hiring Desk <noreply@hiringdesk.example>',
    to,
    subject: `Your application for ${jobTitle}`,
    text: `Your application moved to: ${stage}`,
  });
}
