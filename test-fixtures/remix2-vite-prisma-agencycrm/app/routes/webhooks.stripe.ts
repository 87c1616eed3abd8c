import type { ActionFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import Stripe from 'stripe';
import { prisma } from '~/db.server';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: unverified-webhook, missing-auth, missing-input-validation
export async function action({ request }: ActionFunctionArgs) {
  const payload = await request.text();
  const signature = request.headers.get('stripe-signature')!;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return json({ error: 'bad signature' }, { status: 400 });
  }
  if (event.type === 'invoice.paid') {
    const inv = event.data.object as Stripe.Invoice;
    // ok: unscoped-tenant-query
    await prisma.invoice.updateMany({ where: { stripeId: inv.id }, data: { status: 'paid' } });
  }
  return json({ received: true });
}
