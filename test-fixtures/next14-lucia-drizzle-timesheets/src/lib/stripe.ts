import Stripe from 'stripe';

// expect: hardcoded-secret
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_live_51FAKEfakeFAKEfake0000TimesheetsDemoKeyDoNotUse', {
  apiVersion: '2024-06-20',
});
