import { NextResponse } from 'next/server';
import Stripe from 'stripe';
import { prisma } from '@/lib/prisma';

const stripe = new Stripe(process.env.STRIPE_API_KEY!, { apiVersion: '2024-12-18.acacia' });

// ok: unverified-webhook
export async function POST(request: Request) {
  const payload = await request.text();
  const signature = request.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return NextResponse.json({ error: 'bad signature' }, { status: 400 });
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object as Stripe.Subscription;
    // ok: unscoped-tenant-query
    await prisma.organization.updateMany({
      where: { stripeCustomerId: String(sub.customer) },
      data: { plan: sub.status === 'active' ? 'pro' : 'free' },
    });
  }
  return NextResponse.json({ received: true });
}
