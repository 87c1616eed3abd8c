import Stripe from 'stripe';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-12-18.acacia' });

// the price table id shown on the public pricing page; Stripe documents it as publishable
// ok: hardcoded-secret
export const PRICING_TABLE_ID = 'prctbl_1QaZkennelDemoTable01';
