import Stripe from 'stripe';

// expect: hardcoded-secret
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_live_51GrantsFAKEfakeFAKEfake0000000000000000000000000', {
  apiVersion: '2024-11-20.acacia',
});

export async function sendPayout(accountRef: string, amountCents: number, idempotencyKey: string) {
  return stripe.transfers.create(
    { amount: amountCents, currency: 'eur', destination: accountRef },
    { idempotencyKey },
  );
}
