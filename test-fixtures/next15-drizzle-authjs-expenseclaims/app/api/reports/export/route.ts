import { eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { db, claims } from '@/lib/db';

// The middleware matcher covers /api/reports/*: anonymous callers never get here.
// expect: missing-rate-limit
export async function GET() {
  const session = await auth();
  const orgId = session!.user.orgId;
  // ok: unscoped-tenant-query
  const rows = await db.select().from(claims).where(eq(claims.orgId, orgId));
  const csv = ['id,title,amount_cents,currency,status', ...rows.map((r) => `${r.id},"${r.title}",${r.amountCents},${r.currency},${r.status}`)].join('\n');
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="claims.csv"' },
  });
}
