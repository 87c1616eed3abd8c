// expect: hardcoded-secret
const SENDGRID_API_KEY = 'SG.FAKEfakeFAKEfake000000.FAKEfakeFAKEfake00000000000000000000000000';

export async function sendMail(to: string, subject: string, html: string) {
  await fetch('https://api.sendgrid.com/v3/mail/send', {
    method: 'POST',
    headers: { authorization: `Bearer ${SENDGRID_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ personalizations: [{ to: [{ email: to }] }], from: { email: 'no-reply@hirelane.test' }, subject, content: [{ type: 'text/html', value: html }] }),
  });
}
