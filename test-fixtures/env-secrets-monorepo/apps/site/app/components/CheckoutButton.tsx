'use client';

import { useState } from 'react';
import { loadStripe } from '@stripe/stripe-js';

// ok: public-env-secret
const publishableKey = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;
const stripePromise = publishableKey ? loadStripe(publishableKey) : Promise.resolve(null);

export function CheckoutButton({ plan }: { plan: 'pro' | 'team' }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleClick() {
    setPending(true);
    setError(null);
    try {
      const response = await fetch('/api/checkout', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ plan }),
      });
      if (!response.ok) {
        throw new Error(`Checkout request failed with ${response.status}`);
      }
      const { sessionId } = (await response.json()) as { sessionId: string };
      const stripe = await stripePromise;
      const result = await stripe?.redirectToCheckout({ sessionId });
      if (result?.error) {
        setError(result.error.message ?? 'Checkout failed.');
      }
    } catch {
      setError('Could not start checkout. Please try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <button type="button" onClick={handleClick} disabled={pending}>
        {pending ? 'Redirecting…' : 'Start free trial'}
      </button>
      {error && <p role="alert">{error}</p>}
    </>
  );
}
