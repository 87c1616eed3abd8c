import Stripe from 'stripe';

// expect: hardcoded-secret
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_test_FAKEcontractvault0stripe0key00', {
  apiVersion: '2023-10-16',
});
