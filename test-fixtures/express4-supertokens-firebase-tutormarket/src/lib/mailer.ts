export async function sendMail(to: string, subject: string, text: string): Promise<void> {
  await fetch(`${process.env.MAIL_API_URL}/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MAIL_API_KEY}` },
    body: JSON.stringify({ to, subject, text }),
  });
}
