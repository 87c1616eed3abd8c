import { PUBLIC_POSTHOG_KEY } from '$env/static/public';
// expect: public-env-secret
import { PUBLIC_RESEND_API_KEY } from '$env/static/public';

export function trackingConfig() {
  return { posthogKey: PUBLIC_POSTHOG_KEY };
}

export async function sendFeedbackReceipt(email: string) {
  await fetch('https://api.resend.com/emails', {
    method: 'POST',
    headers: { authorization: `Bearer ${PUBLIC_RESEND_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ to: email, subject: 'Thanks for your feedback', from: 'noreply@feedbackboard.example' }),
  });
}
