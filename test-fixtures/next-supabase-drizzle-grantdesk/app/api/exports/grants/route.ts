import { eq } from 'drizzle-orm';
import { db, grants } from '@/lib/db';
import { requireMembership, toErrorResponse } from '@/lib/auth';

function toCsv(rows: Array<Record<string, unknown>>) {
  if (rows.length === 0) return '';
  const header = Object.keys(rows[0]);
  const lines = rows.map((r) => header.map((h) => JSON.stringify(r[h] ?? '')).join(','));
  return [header.join(','), ...lines].join('\n');
}

// ok: missing-auth
// expect: missing-rate-limit
export async function GET(request: Request) {
  try {
    const orgId = new URL(request.url).searchParams.get('orgId') ?? '';
    await requireMembership(orgId, ['owner', 'admin']);
    // ok: unscoped-tenant-query
    const rows = await db.select().from(grants).where(eq(grants.orgId, orgId));
    return new Response(toCsv(rows), {
      headers: {
        'Content-Type': 'text/csv',
        'Content-Disposition': `attachment; filename="grants-${orgId}.csv"`,
      },
    });
  } catch (err) {
    return toErrorResponse(err);
  }
}
