import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

// Payout provider callback (their docs say "IP allowlisting recommended").
// expect: unverified-webhook
export async function POST(req: Request) {
  const event = await req.json();
  if (event.type === 'payout.paid') {
    await db.payout.update({ where: { providerId: event.data.id }, data: { status: 'paid', paidAt: new Date() } });
  }
  return NextResponse.json({ ok: true });
}
