import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import type { Route } from './+types/stripe-webhook';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth
// ok: unverified-webhook
export async function action({ request }: Route.ActionArgs) {
  const payload = await request.text();
  const signature = request.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return new Response('bad signature', { status: 400 });
  }
  if (event.type === 'invoice.paid') {
    const invoiceId = (event.data.object as Stripe.Invoice).metadata?.invoiceId;
    if (invoiceId) await db.update(schema.invoices).set({ status: 'paid' }).where(eq(schema.invoices.id, invoiceId));
  }
  return new Response(null, { status: 204 });
}
