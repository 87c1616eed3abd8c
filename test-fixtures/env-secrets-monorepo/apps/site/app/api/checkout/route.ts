import { NextResponse } from 'next/server';
import { getStripe } from '@/lib/stripe';

const PRICE_IDS: Record<string, string | undefined> = {
  pro: process.env.STRIPE_PRICE_PRO,
  team: process.env.STRIPE_PRICE_TEAM,
};

export async function POST(request: Request) {
  const body = (await request.json().catch(() => null)) as { plan?: string } | null;
  const priceId = body?.plan ? PRICE_IDS[body.plan] : undefined;
  if (!priceId) {
    return NextResponse.json({ error: 'unknown_plan' }, { status: 400 });
  }

  const siteUrl = process.env.NEXT_PUBLIC_SITE_URL;
  const session = await getStripe().checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price: priceId, quantity: 1 }],
    subscription_data: { trial_period_days: 14 },
    success_url: `${siteUrl}/welcome?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${siteUrl}/pricing`,
  });

  return NextResponse.json({ sessionId: session.id });
}
