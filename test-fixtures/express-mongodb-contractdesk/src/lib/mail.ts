export async function sendMail(to: string, subject: string, text: string) {
  await fetch(`${process.env.MAIL_API_URL}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MAIL_API_TOKEN}` },
    body: JSON.stringify({ to, subject, text }),
  });
}
