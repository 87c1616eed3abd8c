import { renderToBuffer } from '@react-pdf/renderer';
import { requireTeamSession } from '@/lib/session';
import { prisma } from '@/lib/prisma';
import { StatementDocument } from '@/components/InvoiceDocument';

// Whole-team statement: every invoice of the caller's team, as one PDF download.
// expect: missing-rate-limit
export async function GET(req: Request) {
  const { teamId } = await requireTeamSession();
  const year = Number(new URL(req.url).searchParams.get('year') ?? new Date().getFullYear());
  // ok: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({
    where: { teamId, createdAt: { gte: new Date(year, 0, 1), lt: new Date(year + 1, 0, 1) } },
    include: { client: true, lines: true },
  });
  const pdf = await renderToBuffer(StatementDocument({ invoices, year }));
  return new Response(pdf, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="statement-${year}.pdf"`,
    },
  });
}
