import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { db } from '@/lib/db';

// Share sheet preview for a single invoice.
// ok: missing-auth
export const GET = auth(async function GET(req, { params }) {
  if (!req.auth?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { id } = (await params) as { id: string };
  // expect: unscoped-tenant-query
  const invoice = await db.query.invoices.findFirst({ where: (t, { eq }) => eq(t.id, id) });
  if (!invoice) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json({ number: invoice.number, amountCents: invoice.amountCents, status: invoice.status });
});
