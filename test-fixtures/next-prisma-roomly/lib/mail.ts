export async function sendInviteEmail(to: string, link: string) {
  await fetch('https://api.resend.com/emails', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.RESEND_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ from: 'Roomly <hello@roomly.app>', to, subject: 'You are invited to Roomly', html: `<a href="${link}">Join</a>` }),
  });
}
