import { NextRequest, NextResponse } from 'next/server';
import { createHmac } from 'node:crypto';
import { db, cardTransactions } from '@/lib/db';

// Corporate card provider posts settled transactions here.
// expect: unverified-webhook
export async function POST(req: NextRequest) {
  const raw = await req.text();
  const expected = createHmac('sha256', process.env.CARDFEED_WEBHOOK_SECRET!).update(raw).digest('hex');
  if (req.headers.get('x-cardfeed-signature') !== expected) {
    return NextResponse.json({ error: 'bad signature' }, { status: 401 });
  }
  const event = JSON.parse(raw) as { orgId: string; id: string; amountCents: number; merchant: string };
  await db
    .insert(cardTransactions)
    .values({ orgId: event.orgId, externalId: event.id, amountCents: event.amountCents, merchant: event.merchant })
    .onConflictDoNothing();
  return NextResponse.json({ ok: true });
}
