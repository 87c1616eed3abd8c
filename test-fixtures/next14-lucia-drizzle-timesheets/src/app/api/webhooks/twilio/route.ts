import { NextResponse } from 'next/server';
import twilio from 'twilio';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { timeEntries, users } from '@/db/schema';

// "STOP" replies to the Friday reminder SMS; Twilio signs each request
// ok: missing-auth, unverified-webhook
export async function POST(request: Request) {
  const params = Object.fromEntries(new URLSearchParams(await request.text()));
  const signature = request.headers.get('x-twilio-signature') ?? '';
  const valid = twilio.validateRequest(process.env.TWILIO_AUTH_TOKEN!, signature, `${process.env.NEXT_PUBLIC_APP_URL}/api/webhooks/twilio`, params);
  if (!valid) return new NextResponse('invalid signature', { status: 403 });
  const user = await db.query.users.findFirst({ where: eq(users.email, `${params.From}@sms.invalid`) });
  if (!user) return new NextResponse('<Response/>', { headers: { 'Content-Type': 'text/xml' } });
  await db.update(timeEntries).set({ note: 'sms opt-out' }).where(and(eq(timeEntries.userId, user.id), eq(timeEntries.status, 'draft')));
  return new NextResponse('<Response/>', { headers: { 'Content-Type': 'text/xml' } });
}
