import Stripe from 'stripe';
import { prisma } from '~/lib/db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth
// ok: unverified-webhook
export async function POST(req: Request) {
  const signature = req.headers.get('stripe-signature')!;
  const event = stripe.webhooks.constructEvent(await req.text(), signature, process.env.STRIPE_WEBHOOK_SECRET!);
  await prisma.stripeEvent.create({ data: { id: event.id, type: event.type } });
  // ok: token-logging
  console.log(`stripe event ${event.type}`);
  return new Response('ok');
}
