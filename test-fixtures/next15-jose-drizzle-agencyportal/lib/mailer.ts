import 'server-only';
import { appUrl } from './stripe';

export async function sendPasswordResetEmail(to: string, token: string, tokenHash: string): Promise<void> {
  const link = `${appUrl}/reset-password?token=${token}`;
  await fetch('https://api.postmarkapp.com/email', {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-Postmark-Server-Token': process.env.POSTMARK_SERVER_TOKEN ?? '',
    },
    body: JSON.stringify({
      From: 'portal@agency.example',
      To: to,
      Subject: 'Reset your portal password',
      TextBody: `Reset your password: ${link}`,
      Metadata: { tokenHash },
    }),
  });
}
