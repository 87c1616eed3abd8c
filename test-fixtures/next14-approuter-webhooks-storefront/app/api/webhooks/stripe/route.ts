import Stripe from 'stripe';
import { db } from '@/lib/db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-04-10' });

// Bug: the body is parsed and re-serialised before the check, so the bytes Stripe signed are gone and
// every event fails verification (fail-closed). constructEvent still guards the writes: the sender is
// verified, the route just never succeeds. Not a missing verification in the catalog's sense.
// ok: unverified-webhook, missing-auth
export async function POST(request: Request) {
  const body = await request.json();
  const signature = request.headers.get('stripe-signature') as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(JSON.stringify(body), signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ok: error-details-leak
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }

  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    await db.order.update({ where: { id: session.client_reference_id! }, data: { status: 'paid' } });
  }
  return Response.json({ received: true });
}
