// expect: public-env-secret
import { PUBLIC_POSTMARK_SERVER_TOKEN } from '$env/static/public';

export async function sendInvoiceEmail(to: string, subject: string, html: string) {
  const res = await fetch('https://api.postmarkapp.example/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-postmark-server-token': PUBLIC_POSTMARK_SERVER_TOKEN },
    body: JSON.stringify({ From: 'billing@studiodesk.example', To: to, Subject: subject, HtmlBody: html }),
  });
  if (!res.ok) throw new Error(`mail failed: ${res.status}`);
}
