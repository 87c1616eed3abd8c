export async function sendInviteEmail(email: string, token: string) {
  await fetch('https://mail.internal.example/send', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.MAILER_API_KEY}` },
    body: JSON.stringify({ to: email, template: 'invite', link: `${process.env.APP_URL}/join/${token}` }),
  });
}
