import { json, type ActionFunctionArgs } from '@remix-run/node';
import Stripe from 'stripe';
import { prisma } from '~/db.server';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth, unverified-webhook
export async function action({ request }: ActionFunctionArgs) {
  const payload = await request.text();
  const sig = request.headers.get('stripe-signature');
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, sig!, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return json({ error: 'bad signature' }, { status: 400 });
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object as Stripe.Subscription;
    // ok: unscoped-tenant-query
    await prisma.account.update({ where: { id: sub.metadata.accountId }, data: { plan: sub.items.data[0]?.price.lookup_key ?? 'pro' } });
  }
  return json({ received: true });
}
