import { useState } from 'react';
import { loadStripe } from '@stripe/stripe-js';

// ok: public-env-secret
const stripePromise = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);
// expect: public-env-secret
const stripeSecretKey: string = import.meta.env.VITE_STRIPE_SECRET_KEY;

const PRO_PLAN_PRICE_ID = 'price_1PqProMonthly';

interface CheckoutProps {
  customerEmail: string;
}

export function Checkout({ customerEmail }: CheckoutProps) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function startCheckout() {
    setPending(true);
    setError(null);
    try {
      const params = new URLSearchParams({
        mode: 'subscription',
        customer_email: customerEmail,
        'line_items[0][price]': PRO_PLAN_PRICE_ID,
        'line_items[0][quantity]': '1',
        success_url: `${window.location.origin}/billing/success`,
        cancel_url: `${window.location.origin}/billing`,
      });
      const response = await fetch('https://api.stripe.com/v1/checkout/sessions', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${stripeSecretKey}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: params,
      });
      if (!response.ok) {
        throw new Error(`Stripe returned ${response.status}`);
      }
      const session = (await response.json()) as { id: string };

      const stripe = await stripePromise;
      const result = await stripe?.redirectToCheckout({ sessionId: session.id });
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
    <section className="checkout">
      <h2>Upgrade to Pro</h2>
      <p>Unlimited dashboards, 13 months of retention, priority support.</p>
      <button type="button" onClick={startCheckout} disabled={pending}>
        {pending ? 'Redirecting…' : 'Upgrade for $49/month'}
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
