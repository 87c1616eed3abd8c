import { json } from '@sveltejs/kit';
import { eq, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { entries } from '$lib/server/db/schema';
import { requireMember } from '$lib/server/workspace';
import type { RequestHandler } from './$types';

// signed-in callers only: hooks.server.ts rejects anonymous requests under /api/reports
// ok: missing-auth
export const GET: RequestHandler = async ({ locals, url }) => {
  const workspaceId = url.searchParams.get('workspace') ?? '';
  await requireMember(locals.user!.id, workspaceId);
  // ok: unscoped-tenant-query
  const rows = await db
    .select({ projectId: entries.projectId, minutes: sql<number>`sum(${entries.minutes})` })
    .from(entries)
    .where(eq(entries.workspaceId, workspaceId))
    .groupBy(entries.projectId);
  return json(rows);
};
