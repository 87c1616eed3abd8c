export async function sendResetEmail(to: string, token: string) {
  const url = `${process.env.APP_URL}/reset-password?token=${encodeURIComponent(token)}`;
  await fetch(`${process.env.MAIL_API_URL}/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MAIL_API_KEY}` },
    body: JSON.stringify({ to, subject: 'Reset your password', text: url }),
  });
}
