import Stripe from 'stripe';

// ok: hardcoded-secret
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2023-10-16' });
