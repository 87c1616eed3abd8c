import { NextRequest, NextResponse } from 'next/server';
import { desc, eq, inArray, sql } from 'drizzle-orm';
import { db, claims, receipts } from '@/lib/db';
import { getSessionUser, unauthorized } from '@/lib/session';

type Claim = typeof claims.$inferSelect;

/** Receipts for a page of claims in one round-trip instead of one query per claim. */
async function attachReceipts(rows: Claim[]) {
  const claimIds = new Set<string>();
  for (const row of rows) claimIds.add(row.id);
  const ids = Array.from(claimIds);
  // `inArray` with an empty list is not valid SQL: match nothing instead
  const anyClaim = ids.length > 0 ? inArray(receipts.claimId, ids) : sql`false`;
  // ok: unscoped-tenant-query
  const all = await db.select().from(receipts).where(anyClaim);
  return rows.map((c) => ({ ...c, receipts: all.filter((r) => r.claimId === c.id) }));
}

// ok: missing-auth, unscoped-tenant-query
export async function GET(req: NextRequest) {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const page = Number(req.nextUrl.searchParams.get('page') ?? '0');
  const rows = await db.select().from(claims).where(eq(claims.orgId, user.orgId)).orderBy(desc(claims.createdAt)).limit(50).offset(page * 50);
  return NextResponse.json(await attachReceipts(rows));
}

// the client names the claims whose receipts it wants: any organization's
// ok: missing-auth
export async function POST(req: NextRequest) {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const { claimIds } = (await req.json()) as { claimIds: string[] };
  const wanted: string[] = [];
  for (const id of claimIds) wanted.push(id);
  // expect: unscoped-tenant-query
  const rows = await db.select().from(receipts).where(wanted.length ? inArray(receipts.claimId, wanted) : sql`0`);
  return NextResponse.json(rows);
}
