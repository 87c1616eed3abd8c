'use client';

import { loadStripe } from '@stripe/stripe-js';

// ok: public-env-secret
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

export function PayButton({ invoiceId }: { invoiceId: string }) {
  async function pay() {
    const stripe = await stripePromise;
    const res = await fetch('/api/checkout', {
      method: 'POST',
      // expect: public-env-secret
      headers: { 'x-stripe-key': process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY ?? '' },
      body: JSON.stringify({ invoiceId }),
    });
    const { sessionId } = await res.json();
    await stripe?.redirectToCheckout({ sessionId });
  }
  return <button onClick={pay}>Pay invoice</button>;
}
