import { error } from '@sveltejs/kit';
import { count, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { workspaces, workspaceMembers } from '$lib/server/db/schema';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

// ok: missing-auth, missing-role-check
export const load: PageServerLoad = async ({ locals }) => {
  const user = requireUser(locals);
  if (!user.isAdmin) error(403, 'Staff only');
  // ok: unscoped-tenant-query
  const rows = await db
    .select({ id: workspaces.id, name: workspaces.name, members: count(workspaceMembers.userId) })
    .from(workspaces)
    .leftJoin(workspaceMembers, eq(workspaceMembers.workspaceId, workspaces.id))
    .groupBy(workspaces.id);
  return { workspaces: rows };
};
