import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { billingEvents, teams } from '@/db/schema';
import { stripe } from '@/lib/stripe';

// ok: missing-auth, unverified-webhook
export async function POST(request: Request) {
  const body = await request.text();
  const signature = request.headers.get('stripe-signature') ?? '';
  let event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return NextResponse.json({ error: 'bad signature' }, { status: 400 });
  }
  const teamId = (event.data.object as { metadata?: { teamId?: string } }).metadata?.teamId ?? null;
  if (teamId) {
    // ok: unscoped-tenant-query
    const team = await db.query.teams.findFirst({ where: eq(teams.id, teamId) });
    if (!team) return NextResponse.json({ received: true });
  }
  await db.insert(billingEvents).values({ id: event.id, teamId, type: event.type, payload: body });
  return NextResponse.json({ received: true });
}
