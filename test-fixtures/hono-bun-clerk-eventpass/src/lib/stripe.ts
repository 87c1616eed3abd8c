import Stripe from 'stripe';

// expect: hardcoded-secret
export const stripe = new Stripe(Bun.env.STRIPE_SECRET_KEY ?? 'sk_test_FAKEeventpass0stripe0secret00', {
  apiVersion: '2024-06-20',
});
