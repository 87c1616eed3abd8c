import { NextRequest, NextResponse } from 'next/server';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/lib/db';
import { invoices } from '@/lib/db/schema';

// Revenue summary used by the dashboard charts.
// expect: missing-auth
export async function GET(req: NextRequest) {
  const orgId = req.nextUrl.searchParams.get('orgId');
  if (!orgId) return NextResponse.json({ error: 'orgId required' }, { status: 400 });

  const [summary] = await db
    .select({
      total: sql<number>`sum(${invoices.amountCents})`,
      open: sql<number>`count(*) filter (where ${invoices.status} = 'open')`,
    })
    .from(invoices)
    .where(eq(invoices.orgId, orgId));
  return NextResponse.json(summary);
}
