import Stripe from 'stripe';

// expect: hardcoded-secret
export const stripe = new Stripe(import.meta.env.STRIPE_SECRET_KEY ?? 'sk_live_51FAKEdeskhiveFAKE0000000000000000000000000000', {
  apiVersion: '2024-10-28.acacia',
});

export async function createCheckout(customerId: string, priceId: string) {
  return stripe.checkout.sessions.create({ customer: customerId, mode: 'subscription', line_items: [{ price: priceId, quantity: 1 }], success_url: `${import.meta.env.SITE}/billing?ok=1`, cancel_url: `${import.meta.env.SITE}/billing` });
}
