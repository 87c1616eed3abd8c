import Stripe from 'stripe';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, {
  apiVersion: '2024-06-20',
  typescript: true,
});

export type Plan = 'free' | 'pro' | 'business';

export function planForPrice(priceId: string | undefined): Plan {
  if (priceId && priceId === process.env.STRIPE_PRICE_PRO) return 'pro';
  if (priceId && priceId === process.env.STRIPE_PRICE_BUSINESS) return 'business';
  return 'free';
}
