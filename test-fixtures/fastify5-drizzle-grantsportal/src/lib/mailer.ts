export async function sendMail(to: string, subject: string, text: string): Promise<void> {
  await fetch(`${process.env.MAILER_URL}/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MAILER_TOKEN}` },
    body: JSON.stringify({ to, subject, text }),
  });
}
