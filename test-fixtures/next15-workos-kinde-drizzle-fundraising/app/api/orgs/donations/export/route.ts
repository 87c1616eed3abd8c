import { and, eq, gte } from 'drizzle-orm';
import { db, donations, donors } from '@/lib/db';
import { requireStaff } from '@/lib/auth/staff';

const csvCell = (v: unknown) => `"${String(v ?? '').replaceAll('"', '""')}"`;

// year-end CSV for the finance team; every call walks the whole donations table
// ok: missing-auth
// expect: missing-rate-limit
export async function GET(request: Request) {
  const { orgId } = await requireStaff();
  const since = new URL(request.url).searchParams.get('since') ?? `${new Date().getFullYear()}-01-01`;

  // ok: unscoped-tenant-query
  const rows = await db
    .select({ id: donations.id, at: donations.createdAt, amountCents: donations.amountCents, name: donors.fullName, email: donors.email })
    .from(donations)
    .innerJoin(donors, eq(donations.donorId, donors.id))
    .where(and(eq(donations.orgId, orgId), gte(donations.createdAt, new Date(since))));

  const body = ['id,date,amount,name,email', ...rows.map((r) => [r.id, r.at.toISOString(), (r.amountCents / 100).toFixed(2), r.name, r.email].map(csvCell).join(','))].join('\n');
  return new Response(body, {
    headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="donations.csv"' },
  });
}
