import { count, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db, objectives } from '@/db';

// expect: missing-auth
export async function GET(request: Request) {
  const orgId = new URL(request.url).searchParams.get('org');
  if (!orgId) return NextResponse.json({ error: 'org is required' }, { status: 400 });
  // ok: unscoped-tenant-query
  const rows = await db
    .select({ quarter: objectives.quarter, title: objectives.title, ownerId: objectives.ownerId })
    .from(objectives)
    .where(eq(objectives.organizationId, orgId));
  return NextResponse.json({ objectives: rows });
}

// ok: missing-auth
export async function HEAD() {
  const [{ total }] = await db.select({ total: count() }).from(objectives);
  return new NextResponse(null, { headers: { 'x-objectives-total': String(total) } });
}
