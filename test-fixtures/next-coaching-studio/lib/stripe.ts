import Stripe from 'stripe';

// the server-side key was given a NEXT_PUBLIC_ name so the pricing page could "just use it"
// expect: public-env-secret
export const stripe = new Stripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY!, { apiVersion: '2024-09-30.acacia' });
