import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { db, organization } from '@/db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: unverified-webhook, missing-auth
export async function POST(request: Request) {
  const payload = await request.text();
  const signature = request.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return new Response('Invalid signature', { status: 400 });
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object;
    await db
      .update(organization)
      .set({ plan: sub.status === 'active' ? 'pro' : 'free' })
      .where(eq(organization.stripeCustomerId, String(sub.customer)));
  }
  return Response.json({ received: true });
}
