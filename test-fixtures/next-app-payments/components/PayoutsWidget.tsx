'use client';

import { loadStripe } from '@stripe/stripe-js';

// ok: public-env-secret
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

export async function fetchPayouts(merchantId: string) {
  const res = await fetch(`https://api.payouts.example/v2/merchants/${merchantId}/payouts`, {
    // expect: public-env-secret
    headers: { 'x-api-secret': process.env.NEXT_PUBLIC_PAYOUTS_API_SECRET! },
  });
  return res.json();
}

export { stripePromise };
