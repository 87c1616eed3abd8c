import { NextResponse } from 'next/server';
import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, organizations } from '@/lib/db';

// the billing provider calls the URL we registered with it, `?token=<BILLING_WEBHOOK_TOKEN>`
function tokenMatches(req: Request): boolean {
  const token = new URL(req.url).searchParams.get('token') ?? '';
  const a = Buffer.from(token);
  const b = Buffer.from(process.env.BILLING_WEBHOOK_TOKEN ?? '');
  return a.length === b.length && timingSafeEqual(a, b);
}

// ok: unverified-webhook, missing-auth
export async function POST(req: Request) {
  if (!tokenMatches(req)) return NextResponse.json({ error: 'invalid token' }, { status: 401 });
  const event = (await req.json()) as { orgId: string; plan: 'free' | 'team' | 'business' };
  await db.update(organizations).set({ plan: event.plan }).where(eq(organizations.id, event.orgId));
  return NextResponse.json({ received: true });
}
