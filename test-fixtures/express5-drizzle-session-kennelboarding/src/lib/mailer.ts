export async function sendMail(to: string, subject: string, text: string) {
  await fetch(process.env.MAIL_API_URL ?? 'http://localhost:8025/send', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MAIL_API_KEY}` },
    body: JSON.stringify({ to, subject, text }),
  });
}
