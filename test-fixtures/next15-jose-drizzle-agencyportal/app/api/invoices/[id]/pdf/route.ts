import { NextResponse } from 'next/server';
import { db } from '@/db';
import { withSession } from '@/lib/session';

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
export const GET = withSession<Ctx>(async (_req, { params }, session) => {
  const { id } = await params;
  // ok: unscoped-tenant-query
  const invoice = await db.query.invoices.findFirst({
    where: (inv, { and, eq }) => and(eq(inv.id, Number(id)), eq(inv.clientId, session.clientId ?? -1)),
    columns: { pdfUrl: true, number: true },
  });
  if (!invoice?.pdfUrl) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }
  return NextResponse.redirect(invoice.pdfUrl);
});
