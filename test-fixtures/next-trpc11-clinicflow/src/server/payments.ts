import Stripe from 'stripe';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function chargeInvoice(invoiceId: string, amount: number) {
  return stripe.paymentIntents.create({ amount, currency: 'usd', metadata: { invoiceId } });
}
