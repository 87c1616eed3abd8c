import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { db, invoices } from '@/db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: unverified-webhook, missing-auth
export async function POST(request: Request) {
  const body = await request.text();
  const signature = request.headers.get('stripe-signature');
  if (!signature) return new Response('Missing signature', { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return new Response('Bad signature', { status: 400 });
  }
  if (event.type === 'payment_intent.succeeded') {
    const intent = event.data.object;
    await db.update(invoices).set({ status: 'paid' }).where(eq(invoices.stripePaymentIntentId, intent.id));
  }
  return Response.json({ received: true });
}
