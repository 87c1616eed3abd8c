import { env } from '$env/dynamic/public';

export async function openSupportChat(email: string) {
  const res = await fetch('https://support.feedbackboard.example/api/chats', {
    method: 'POST',
    // expect: public-env-secret
    headers: { authorization: `Bearer ${env.PUBLIC_SUPPORT_ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  return res.ok;
}
