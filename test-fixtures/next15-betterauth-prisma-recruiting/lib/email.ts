export async function sendEmail(to: string, subject: string, text: string) {
  const res = await fetch('https://api.postmarkapp.com/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Postmark-Server-Token': process.env.POSTMARK_TOKEN ?? '' },
    body: JSON.stringify({ From: 'jobs@hirewell.dev', To: to, Subject: subject, TextBody: text }),
  });
  if (!res.ok) throw new Error(`postmark ${res.status}`);
}
