import { NextResponse } from 'next/server';
import { prisma } from '../../../../server/db';

// Stripe calls this when a team's subscription changes. Nobody signs in here.
// expect: unverified-webhook
export async function POST(req: Request) {
  const event = await req.json();
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object;
    await prisma.team.update({ where: { id: sub.metadata.teamId }, data: { plan: sub.items.data[0].price.lookup_key } });
  }
  return NextResponse.json({ received: true });
}
