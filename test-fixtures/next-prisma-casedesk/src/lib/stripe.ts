import Stripe from 'stripe';

// expect: hardcoded-secret
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_live_51CasedeskFAKE00000000000000000000000000000000');
