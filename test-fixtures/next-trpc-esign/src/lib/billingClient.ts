// Browser-side billing helper.
export async function listInvoices(customerId: string) {
  const res = await fetch(`https://api.stripe.com/v1/invoices?customer=${encodeURIComponent(customerId)}`, {
    // expect: public-env-secret
    headers: { Authorization: `Bearer ${process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY}` },
  });
  return res.json();
}

// ok: public-env-secret
export const publishableKey = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!;
