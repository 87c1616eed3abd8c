export async function sendMail(to: string, text: string) {
  const res = await fetch(`${process.env.MAIL_API_URL}/send`, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.MAIL_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ to, text }),
  });
  if (!res.ok) throw new Error(`mail API answered ${res.status}`);
}
