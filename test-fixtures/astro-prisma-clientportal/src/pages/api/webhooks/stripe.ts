import type { APIRoute } from 'astro';
import Stripe from 'stripe';
import { prisma } from '../../../lib/db';

const stripe = new Stripe(import.meta.env.STRIPE_SECRET_KEY);

// ok: missing-auth, unverified-webhook
export const POST: APIRoute = async ({ request }) => {
  const payload = await request.text();
  const signature = request.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, import.meta.env.STRIPE_WEBHOOK_SECRET);
  } catch {
    return new Response('Bad signature', { status: 400 });
  }
  if (event.type === 'invoice.paid') {
    const invoice = event.data.object as Stripe.Invoice;
    await prisma.invoice.update({ where: { stripeId: invoice.id }, data: { status: 'paid' } });
  }
  return new Response(null, { status: 200 });
};
