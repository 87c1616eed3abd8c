import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { clients } from '@/db/schema';

type PostmarkBounce = {
  RecordType: 'Bounce' | 'SpamComplaint' | 'Delivery';
  Email: string;
  Type?: string;
  BouncedAt?: string;
};

// Postmark posts bounce and spam-complaint events for invoice emails here.
// ok: missing-auth
// expect: unverified-webhook
export async function POST(req: Request) {
  const event = (await req.json()) as PostmarkBounce;
  if (event.RecordType === 'Bounce' || event.RecordType === 'SpamComplaint') {
    await db
      .update(clients)
      .set({ billingEmailBounced: true })
      .where(eq(clients.billingEmail, event.Email.toLowerCase()));
  }
  return NextResponse.json({ ok: true });
}
