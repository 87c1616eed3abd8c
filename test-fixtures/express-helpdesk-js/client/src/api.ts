import { loadStripe } from '@stripe/stripe-js';

// ok: public-env-secret
const API = import.meta.env.VITE_API_URL;
// ok: public-env-secret
export const stripe = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);

export async function refund(chargeId: string) {
  return fetch('https://api.stripe.com/v1/refunds', {
    method: 'POST',
    // expect: public-env-secret
    headers: { Authorization: `Bearer ${import.meta.env.VITE_STRIPE_SECRET_KEY}` },
    body: new URLSearchParams({ charge: chargeId }),
  });
}

export async function listTickets() {
  const res = await fetch(`${API}/api/tickets`, { credentials: 'include' });
  return res.json();
}
