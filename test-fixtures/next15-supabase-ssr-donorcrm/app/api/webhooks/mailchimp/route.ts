import { eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db } from '@/db';
import { donors } from '@/db/schema';

// Mailchimp validates the URL with a GET first
// ok: missing-auth
export async function GET() {
  return new NextResponse('ok');
}

// expect: unverified-webhook
export async function POST(req: Request) {
  const form = await req.formData();
  const type = form.get('type');
  const email = String(form.get('data[email]') ?? '');
  if ((type === 'unsubscribe' || type === 'cleaned') && email) {
    await db.update(donors).set({ emailOptIn: false }).where(eq(donors.email, email));
  }
  return NextResponse.json({ ok: true });
}
