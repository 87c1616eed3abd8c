import { db } from '@/server/db';
import { getSession } from '@/server/session';

// ok: missing-auth
export async function GET() {
  const session = await getSession();
  // ok: unscoped-tenant-query
  const byStatus = await db.appointment.groupBy({
    by: ['status'],
    where: { orgId: session?.orgId ?? '' },
    _count: { _all: true },
  });
  return Response.json({ byStatus });
}
