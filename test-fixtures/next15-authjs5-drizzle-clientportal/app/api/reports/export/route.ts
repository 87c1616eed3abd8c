import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { db } from '@/lib/db';
import { invoices } from '@/lib/db/schema';

function toCsv(rows: Array<Record<string, unknown>>) {
  if (rows.length === 0) return '';
  const header = Object.keys(rows[0]).join(',');
  return [header, ...rows.map((r) => Object.values(r).map(String).join(','))].join('\n');
}

// expect: missing-rate-limit
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  // ok: unscoped-tenant-query
  const rows = await db.select().from(invoices).where(eq(invoices.orgId, session.user.orgId));
  return new NextResponse(toCsv(rows), {
    headers: {
      'Content-Type': 'text/csv',
      'Content-Disposition': 'attachment; filename="invoices.csv"',
    },
  });
}
