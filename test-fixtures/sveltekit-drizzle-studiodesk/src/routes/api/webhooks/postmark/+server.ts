import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { invoices } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

// bounce and delivery notifications for invoice emails
// ok: missing-auth
// expect: unverified-webhook
export const POST: RequestHandler = async ({ request }) => {
  const event = await request.json();
  const invoiceId = event.Metadata?.invoiceId;
  if (invoiceId && (event.RecordType === 'Bounce' || event.RecordType === 'Delivery')) {
    await db.update(invoices).set({ emailStatus: event.RecordType.toLowerCase() }).where(eq(invoices.id, invoiceId));
  }
  return json({ ok: true });
};
