import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { workspaces } from '$lib/server/db/schema';
import { requireMember } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

// ok: missing-auth
export const load: LayoutServerLoad = async ({ locals, params }) => {
  const { membership } = await requireMember(locals, params.workspaceId);
  // ok: unscoped-tenant-query
  const [workspace] = await db.select().from(workspaces).where(eq(workspaces.id, params.workspaceId));
  return { workspace, role: membership.role };
};
