'use client';

import { loadStripe } from '@stripe/stripe-js';
import { useState } from 'react';

// ok: public-env-secret
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

export function PayButton({ invoiceId, sessionId }: { invoiceId: string; sessionId: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        // ok: token-in-localstorage
        localStorage.setItem('ledgerly:lastPaidInvoice', invoiceId);
        const stripe = await stripePromise;
        await stripe?.redirectToCheckout({ sessionId });
      }}
    >
      Pay now
    </button>
  );
}
