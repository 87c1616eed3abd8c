// Outbound notifications go through the mail provider's HTTP API.
// expect: hardcoded-secret
const MAIL_API_KEY = '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';

export async function sendMail(to: string, subject: string, text: string) {
  const res = await fetch('https://mail-provider.example.net/v3/mail/send', {
    method: 'POST',
    headers: { Authorization: `Bearer ${MAIL_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ to, subject, text }),
  });
  if (!res.ok) throw new Error(`mail send failed: ${res.status}`);
}
