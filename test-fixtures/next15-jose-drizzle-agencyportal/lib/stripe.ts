import Stripe from 'stripe';

// The checkout button used to create sessions from the browser, hence the public name.
// expect: public-env-secret
export const stripe = new Stripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY!, {
  apiVersion: '2024-12-18.acacia',
});

// ok: public-env-secret
export const appUrl = process.env.NEXT_PUBLIC_APP_URL ?? 'http://localhost:3000';

export function invoicePaymentReturnUrl(invoiceId: number): string {
  return `${appUrl}/billing/invoices/${invoiceId}?paid=1`;
}
