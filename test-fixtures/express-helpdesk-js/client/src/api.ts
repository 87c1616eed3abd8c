import { loadStripe } from '@stripe/stripe-js';

// ok: public-env-secret
const API = import.meta.env.VITE_API_URL;
// ok: public-env-secret
export const stripe = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);

// ok: public-env-secret
export const widgetColor = import.meta.env.HELPDESK_WIDGET_COLOR;
// expect: public-env-secret
export const supportKey = import.meta.env.HELPDESK_SUPPORT_API_KEY;

export async function refund(chargeId: string) {
  return fetch('https://api.stripe.com/v1/refunds', {
    method: 'POST',
    // expect: public-env-secret
    headers: { Authorization: `Bearer ${import.meta.env.VITE_STRIPE_SECRET_KEY}` },
    body: new URLSearchParams({ charge: chargeId }),
  });
}

export async function login(email: string, password: string) {
  const res = await fetch(`${API}/auth/login`, { method: 'POST', body: JSON.stringify({ email, password }), credentials: 'include' });
  const { token, displayName } = await res.json();
  // expect: token-in-localstorage
  window.localStorage.setItem('helpdesk.jwt', token);
  // ok: token-in-localstorage
  localStorage.setItem('displayName', displayName);
}

export async function listTickets() {
  const res = await fetch(`${API}/api/tickets`, { credentials: 'include' });
  return res.json();
}
