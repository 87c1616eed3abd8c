import { NextRequest, NextResponse } from 'next/server';
import { eq, sum } from 'drizzle-orm';
import { auth } from '@/auth';
import { db, claims } from '@/lib/db';

// ok: missing-auth
export async function GET(req: NextRequest) {
  const session = await auth();
  const totals = await db
    .select({ status: claims.status, total: sum(claims.amountCents) })
    .from(claims)
    .where(eq(claims.orgId, session!.user.orgId))
    .groupBy(claims.status);
  return NextResponse.json(totals, {
    headers: {
      // expect: cors-wildcard
      'Access-Control-Allow-Origin': req.headers.get('origin') ?? '*',
      'Access-Control-Allow-Credentials': 'true',
    },
  });
}
