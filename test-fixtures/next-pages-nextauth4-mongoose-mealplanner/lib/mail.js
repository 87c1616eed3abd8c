export async function sendResetEmail(to, token) {
  await fetch('https://mail.internal.mealplanner.test/send', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MAIL_API_KEY}` },
    body: JSON.stringify({ to, template: 'reset', vars: { link: `${process.env.NEXTAUTH_URL}/reset?token=${token}` } }),
  });
}
