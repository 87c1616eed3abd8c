import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { config } from '../config';

const ses = new SESv2Client({
  region: config.awsRegion,
  credentials: {
    accessKeyId: config.awsAccessKeyId,
    secretAccessKey: config.awsSecretAccessKey,
  },
});

async function sendEmail(to: string, subject: string, text: string): Promise<void> {
  await ses.send(
    new SendEmailCommand({
      FromEmailAddress: config.mailFrom,
      Destination: { ToAddresses: [to] },
      Content: {
        Simple: {
          Subject: { Data: subject },
          Body: { Text: { Data: text } },
        },
      },
    }),
  );
}

export function sendPasswordResetEmail(to: string, resetUrl: string): Promise<void> {
  return sendEmail(
    to,
    'Reset your Agency Portal password',
    `Someone asked to reset the password for this account.\n\nReset it here (valid for 1 hour): ${resetUrl}\n\nIf this wasn't you, you can ignore this email.`,
  );
}

export function sendInviteEmail(to: string, agencyName: string, inviteUrl: string): Promise<void> {
  return sendEmail(
    to,
    `You've been invited to ${agencyName} on Agency Portal`,
    `${agencyName} invited you to their client portal.\n\nAccept the invite: ${inviteUrl}`,
  );
}
