import { env } from '$env/dynamic/private';

export async function sendMail(to: string, subject: string, text: string) {
  const res = await fetch('https://api.postmarkapp.com/email', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Postmark-Server-Token': env.POSTMARK_TOKEN ?? '' },
    body: JSON.stringify({ From: 'hello@studio-bookings.app', To: to, Subject: subject, TextBody: text }),
  });
  if (!res.ok) throw new Error(`mail failed: ${res.status}`);
}
