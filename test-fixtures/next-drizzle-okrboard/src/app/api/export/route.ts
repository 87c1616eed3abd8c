import { eq } from 'drizzle-orm';
import { db, objectives } from '@/db';
import { requireOrg } from '@/lib/session';

// expect: missing-rate-limit
// ok: missing-auth
export async function GET() {
  const { orgId } = await requireOrg();
  // ok: unscoped-tenant-query
  const rows = await db.select().from(objectives).where(eq(objectives.organizationId, orgId));
  const csv = ['id,title,quarter,archived', ...rows.map((r) => [r.id, JSON.stringify(r.title), r.quarter, r.archived].join(','))].join('\n');
  return new Response(csv, {
    headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="objectives.csv"' },
  });
}
