import { authHeader } from './session';

export async function refund(chargeId: string) {
  // the secret key should never reach the browser
  return fetch('https://api.stripe.com/v1/refunds', {
    method: 'POST',
    // expect: public-env-secret
    headers: { Authorization: `Bearer ${import.meta.env.VITE_STRIPE_SECRET_KEY}`, ...authHeader() },
    body: new URLSearchParams({ charge: chargeId }),
  });
}

export function publishableKey() {
  // ok: public-env-secret
  return import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY as string;
}
