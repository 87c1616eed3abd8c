import { headers } from 'next/headers';
import type Stripe from 'stripe';
import { stripe } from '@/lib/stripe';
import { prisma } from '@/lib/prisma';

// ok: unverified-webhook, missing-auth
export async function POST(req: Request) {
  const payload = await req.text();
  const signature = (await headers()).get('stripe-signature');
  if (!signature) return new Response('Missing signature', { status: 400 });
  let event: Stripe.Event;
  try {
    // expect: public-env-secret
    event = stripe.webhooks.constructEvent(payload, signature, process.env.NEXT_PUBLIC_STRIPE_WEBHOOK_SECRET!);
  } catch {
    return new Response('Bad signature', { status: 400 });
  }
  if (event.type === 'checkout.session.completed') {
    const checkout = event.data.object as Stripe.Checkout.Session;
    const invoiceId = checkout.metadata?.invoiceId;
    if (invoiceId) await prisma.invoice.update({ where: { id: invoiceId }, data: { status: 'PAID' } });
  }
  return Response.json({ received: true });
}
