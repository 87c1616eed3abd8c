import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { invoices } from '@/db/schema';

type ResendEvent = {
  type: 'email.delivered' | 'email.opened' | 'email.bounced';
  data: { email_id: string; tags?: { name: string; value: string }[] };
};

// Resend signs with svix headers; we only make sure they are present.
// ok: missing-auth
// expect: unverified-webhook
export async function POST(req: Request) {
  if (!req.headers.get('svix-id') || !req.headers.get('svix-signature')) {
    return new Response('Missing svix headers', { status: 400 });
  }
  const event = (await req.json()) as ResendEvent;
  const invoiceTag = event.data.tags?.find((t) => t.name === 'invoice_id');
  if (event.type === 'email.opened' && invoiceTag) {
    await db.update(invoices).set({ status: 'viewed' }).where(eq(invoices.id, Number(invoiceTag.value)));
  }
  return NextResponse.json({ ok: true });
}
