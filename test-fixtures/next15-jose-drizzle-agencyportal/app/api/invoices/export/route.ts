import { desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { invoices } from '@/db/schema';
import { getSession } from '@/lib/session';

function csvCell(v: unknown): string {
  const s = v == null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// ok: missing-auth
// expect: missing-rate-limit
export async function GET() {
  const session = await getSession();
  if (!session?.clientId) return new Response('Unauthorized', { status: 401 });
  try {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(invoices).where(eq(invoices.clientId, session.clientId)).orderBy(desc(invoices.issuedAt));
    const lines = [
      ['number', 'amount', 'status', 'issued_at', 'paid_at'].join(','),
      ...rows.map((r) => [r.number, (r.amountCents / 100).toFixed(2), r.status, r.issuedAt.toISOString(), r.paidAt?.toISOString()].map(csvCell).join(',')),
    ];
    return new Response(lines.join('\n'), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="invoices.csv"' },
    });
  } catch (err) {
    // expect: error-details-leak
    return new Response(`Export failed: ${err}`, { status: 500 });
  }
}
