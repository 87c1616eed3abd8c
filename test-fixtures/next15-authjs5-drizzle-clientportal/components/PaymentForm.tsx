'use client';

import { loadStripe } from '@stripe/stripe-js';

// ok: public-env-secret
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

export function usePdfSigner() {
  // expect: public-env-secret
  const key = process.env.NEXT_PUBLIC_PDF_SIGNING_KEY;
  return { key, stripePromise };
}
