import { eq } from 'drizzle-orm';
import type { Route } from './+types/api.export';
import { db, schema } from '../db/client.server';
import { requireUser } from '../auth.server';

// expect: missing-rate-limit
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(schema.notes).where(eq(schema.notes.orgId, user.orgId));
  const csv = ['id,site,body', ...rows.map((r) => `${r.id},${r.siteId},"${r.body.replaceAll('"', '""')}"`)].join('\n');
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="notes.csv"' },
  });
}
