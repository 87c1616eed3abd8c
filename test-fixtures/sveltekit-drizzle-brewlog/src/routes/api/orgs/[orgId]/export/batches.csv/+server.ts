import { eq } from 'drizzle-orm';
import { db, batches } from '$lib/server/db';
import { requireUser, requireMembership } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// expect: missing-rate-limit
// ok: missing-auth
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  await requireMembership(user.id, event.params.orgId);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(batches).where(eq(batches.orgId, event.params.orgId));
  const lines = ['id,name,status,volume_litres', ...rows.map((b) => `${b.id},"${b.name}",${b.status},${b.volumeLitres}`)];
  return new Response(lines.join('\n'), {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="batches.csv"' },
  });
};
