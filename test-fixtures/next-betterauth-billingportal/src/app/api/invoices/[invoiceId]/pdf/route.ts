import { eq } from 'drizzle-orm';
import { db, invoices } from '@/db';
import { renderInvoicePdf } from '@/lib/pdf';

// Linked from the invoice email; the "download PDF" button on the dashboard uses it too.
// expect: missing-auth
export async function GET(_request: Request, { params }: { params: Promise<{ invoiceId: string }> }) {
  const { invoiceId } = await params;
  const invoice = await db.query.invoices.findFirst({
    where: eq(invoices.id, invoiceId),
    with: { customer: true },
  });
  if (!invoice) return new Response('Not found', { status: 404 });
  const pdf = await renderInvoicePdf(invoice);
  return new Response(pdf, { headers: { 'Content-Type': 'application/pdf' } });
}
