import { eq } from 'drizzle-orm';
import { db, customers } from '@/db';
import { requireOrg } from '@/lib/session';

// expect: missing-rate-limit
export async function GET() {
  const { orgId } = await requireOrg();
  // ok: unscoped-tenant-query
  const rows = await db.select().from(customers).where(eq(customers.organizationId, orgId));
  const csv = ['name,email', ...rows.map((c) => `${c.name},${c.email}`)].join('\n');
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="customers.csv"' },
  });
}
