import Stripe from 'stripe';
import { prisma } from '@/lib/prisma';
import { withLogging } from '@/lib/logging';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');

// ok: unverified-webhook
export const POST = withLogging(async (req: Request) => {
  const body = await req.text();
  const signature = req.headers.get('stripe-signature');
  if (!signature) return Response.json({ error: 'missing signature' }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET ?? '');
  } catch {
    return Response.json({ error: 'bad signature' }, { status: 400 });
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object as Stripe.Subscription;
    await prisma.workspace.update({ where: { id: sub.metadata.workspaceId }, data: { plan: sub.items.data[0]?.price.lookup_key ?? 'free' } });
  }
  return Response.json({ received: true });
});
