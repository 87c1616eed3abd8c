'use client';

import { loadStripe } from '@stripe/stripe-js';

// ok: public-env-secret
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

export function CheckoutButton({ sessionId }: { sessionId: string }) {
  return (
    <button
      onClick={async () => {
        const stripe = await stripePromise;
        await stripe?.redirectToCheckout({ sessionId });
      }}
    >
      Upgrade
    </button>
  );
}
