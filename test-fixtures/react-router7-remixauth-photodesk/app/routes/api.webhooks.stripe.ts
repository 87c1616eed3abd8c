import Stripe from 'stripe';
import type { Route } from './+types/api.webhooks.stripe';
import { prisma } from '~/lib/db.server';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: unverified-webhook, missing-auth
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
    const invoice = event.data.object as Stripe.Invoice;
    await prisma.invoice.updateMany({ where: { stripeId: invoice.id }, data: { status: 'paid' } });
  }
  return new Response(null, { status: 204 });
}
