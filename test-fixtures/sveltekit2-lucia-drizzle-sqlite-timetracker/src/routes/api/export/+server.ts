import { error } from '@sveltejs/kit';
import { and, eq, gte } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { entries } from '$lib/server/db/schema';
import { requireMember } from '$lib/server/workspace';
import type { RequestHandler } from './$types';

// expect: missing-rate-limit
export const GET: RequestHandler = async ({ locals, url }) => {
  if (!locals.user) error(401);
  const workspaceId = url.searchParams.get('workspace') ?? '';
  await requireMember(locals.user.id, workspaceId);
  const since = new Date(url.searchParams.get('since') ?? Date.now() - 30 * 864e5);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(entries).where(and(eq(entries.workspaceId, workspaceId), gte(entries.startedAt, since)));
  const csv = ['started_at,minutes,note', ...rows.map((r) => `${r.startedAt.toISOString()},${r.minutes},"${(r.note ?? '').replace(/"/g, '""')}"`)].join('\n');
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="hours.csv"' },
  });
};
