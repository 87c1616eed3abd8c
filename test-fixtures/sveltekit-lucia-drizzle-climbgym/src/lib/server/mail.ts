import { env } from '$env/dynamic/private';

export async function sendMail(to: string, subject: string, text: string) {
  await fetch('https://api.resend.com/emails', {
    method: 'POST',
    headers: { Authorization: `Bearer ${env.RESEND_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ from: 'Cragline <no-reply@cragline.example>', to, subject, text }),
  });
}
