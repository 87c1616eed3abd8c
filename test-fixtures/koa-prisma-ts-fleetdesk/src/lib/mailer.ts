export async function sendResetMail(to: string, link: string): Promise<void> {
  await fetch(process.env.MAIL_API_URL!, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MAIL_API_KEY}` },
    body: JSON.stringify({ to, template: 'password-reset', data: { link } }),
  });
}
