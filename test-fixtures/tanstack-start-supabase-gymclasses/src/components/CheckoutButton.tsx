import { useState } from 'react';
import { supabase } from '@/integrations/supabase/client';

// creates the PaymentIntent from the browser (the edge function was "too slow")
export function CheckoutButton({ amountCents }: { amountCents: number }) {
  const [busy, setBusy] = useState(false);

  async function pay() {
    setBusy(true);
    const { data: { session } } = await supabase.auth.getSession();
    const res = await fetch('https://api.stripe.com/v1/payment_intents', {
      method: 'POST',
      headers: {
        // expect: public-env-secret
        Authorization: `Bearer ${import.meta.env.VITE_STRIPE_SECRET_KEY}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ amount: String(amountCents), currency: 'eur' }),
    });
    const intent = await res.json();
    // expect: token-in-localstorage
    localStorage.setItem('sb-access-token', session?.access_token ?? '');
    // ok: token-in-localstorage
    sessionStorage.setItem('checkout:intent', intent.id);
    setBusy(false);
  }

  return <button disabled={busy} onClick={() => void pay()}>Pay</button>;
}
