import { NextResponse } from 'next/server';
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/lib/db';
import { documents } from '@/lib/db/schema';

// Envelope-completed callback from the e-signature provider.
// expect: unverified-webhook
export async function POST(req: Request) {
  const raw = await req.text();
  const expected = createHmac('sha256', process.env.ESIGN_WEBHOOK_SECRET!).update(raw).digest('hex');
  if (req.headers.get('x-esign-signature') !== expected) {
    return NextResponse.json({ error: 'bad signature' }, { status: 401 });
  }
  const event = JSON.parse(raw) as { documentId: string; signedUrl: string };
  await db.update(documents).set({ url: event.signedUrl }).where(eq(documents.id, event.documentId));
  return NextResponse.json({ ok: true });
}
