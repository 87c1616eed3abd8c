import { NextResponse } from 'next/server';
import { and, desc, eq } from 'drizzle-orm';
import { db, claims } from '@/lib/db';
import { getSessionUser, unauthorized } from '@/lib/session';

// ok: missing-auth
export async function GET() {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  // ok: unscoped-tenant-query
  const rows = await db.query.claims.findMany({
    where: and(eq(claims.submitterId, user.id), eq(claims.orgId, user.orgId)),
    orderBy: desc(claims.createdAt),
    limit: 50,
  });
  return NextResponse.json(rows);
}
