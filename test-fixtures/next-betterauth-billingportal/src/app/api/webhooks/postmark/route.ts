import { eq } from 'drizzle-orm';
import { db, invoices } from '@/db';

type PostmarkEvent = { RecordType: 'Delivery' | 'Bounce' | 'Open'; Metadata?: { invoiceId?: string } };

// Delivery / bounce notifications for invoice emails.
// expect: unverified-webhook
export async function POST(request: Request) {
  const event = (await request.json()) as PostmarkEvent;
  const invoiceId = event.Metadata?.invoiceId;
  if (!invoiceId) return new Response('ignored');
  await db
    .update(invoices)
    .set({ emailStatus: event.RecordType.toLowerCase() })
    .where(eq(invoices.id, invoiceId));
  return new Response('ok');
}
