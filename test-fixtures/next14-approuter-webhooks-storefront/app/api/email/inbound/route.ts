import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

// Resend inbound email: Resend signs deliveries with svix headers, but nothing checks them here.
// expect: unverified-webhook
export async function POST(req: Request) {
  const event = await req.json();
  // ok: token-logging
  console.log('inbound email event', event.type);
  if (event.type === 'email.received') {
    await db.inboundEmail.create({
      data: { fromAddr: event.data.from, subject: event.data.subject ?? '(no subject)', text: event.data.text },
    });
  }
  return NextResponse.json({ ok: true });
}
