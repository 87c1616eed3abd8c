import Stripe from 'stripe';

// ok: hardcoded-secret
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2025-02-24.acacia' });
