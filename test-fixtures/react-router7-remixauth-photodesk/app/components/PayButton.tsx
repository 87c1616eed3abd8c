import { loadStripe } from '@stripe/stripe-js';

// ok: public-env-secret
const mapToken = import.meta.env.VITE_MAPBOX_TOKEN;

export async function startCheckout(sessionId: string) {
  // expect: public-env-secret
  const stripe = await loadStripe(import.meta.env.VITE_STRIPE_SECRET_KEY);
  await stripe?.redirectToCheckout({ sessionId });
  return mapToken;
}
