import type { LoaderFunctionArgs } from '@remix-run/node';
import { and, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUser } from '~/auth.server';

// expect: missing-rate-limit
export const loader = async (args: LoaderFunctionArgs) => {
  const user = await requireUser(args.request);
  // ok: unscoped-tenant-query
  const rows = await db
    .select({ id: schema.episodes.id, title: schema.episodes.title, status: schema.episodes.status })
    .from(schema.episodes)
    .where(and(eq(schema.episodes.showId, args.params.showId!), eq(schema.episodes.teamId, user.teamId)));
  const csv = ['id,title,status', ...rows.map((r) => `${r.id},"${r.title.replace(/"/g, '""')}",${r.status}`)].join('\n');
  return new Response(csv, { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="episodes.csv"' } });
};
