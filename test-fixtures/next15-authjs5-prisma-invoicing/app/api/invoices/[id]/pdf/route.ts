import { renderToBuffer } from '@react-pdf/renderer';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
import { InvoiceDocument } from '@/components/InvoiceDocument';

// covered by middleware.ts (/api/invoices/:path*) and checks the session again
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session) return new Response('Unauthorized', { status: 401 });
  // expect: unscoped-tenant-query
  const invoice = await prisma.invoice.findUnique({
    where: { id },
    include: { lines: true, client: true, team: true },
  });
  if (!invoice) return new Response('Not found', { status: 404 });
  const pdf = await renderToBuffer(InvoiceDocument({ invoice }));
  return new Response(pdf, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="invoice-${invoice.number}.pdf"`,
    },
  });
}
