import { count, eq, sum } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db, grants } from '@/lib/db';

type Params = { params: Promise<{ orgId: string }> };

// dashboard tiles; nobody is asked who they are
// expect: missing-auth
export async function GET(_request: Request, { params }: Params) {
  const { orgId } = await params;
  const rows = await db
    .select({ status: grants.status, n: count(), total: sum(grants.amountCents) })
    .from(grants)
    .where(eq(grants.orgId, orgId))
    .groupBy(grants.status);
  return NextResponse.json(rows);
}
