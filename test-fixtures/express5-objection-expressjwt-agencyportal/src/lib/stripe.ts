import Stripe from 'stripe';

// expect: hardcoded-secret
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_live_FAKEagencyportal0000000000000000', {
  apiVersion: '2024-12-18.acacia',
});
