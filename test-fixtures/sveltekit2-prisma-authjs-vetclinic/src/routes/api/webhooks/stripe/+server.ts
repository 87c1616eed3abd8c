import { error, json } from '@sveltejs/kit';
import Stripe from 'stripe';
import { env } from '$env/dynamic/private';
import { prisma } from '$lib/server/prisma';
import type { RequestHandler } from './$types';

const stripe = new Stripe(env.STRIPE_SECRET_KEY);

// ok: unverified-webhook, missing-auth
export const POST: RequestHandler = async ({ request }) => {
  const payload = await request.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, request.headers.get('stripe-signature') ?? '', env.STRIPE_WEBHOOK_SECRET);
  } catch {
    error(400, 'Bad signature');
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    await prisma.invoice.updateMany({ where: { stripeSessionId: session.id }, data: { paid: true } });
  }
  return json({ received: true });
};
