import { serverSupabaseServiceRole } from '#supabase/server';

// ok: missing-auth, missing-role-check
export default defineEventHandler(async (event) => {
  const { workspaceId } = getQuery(event) as { workspaceId: string };
  await requireOwner(event, workspaceId);
  // ok: unscoped-tenant-query
  await serverSupabaseServiceRole(event)
    .from('members')
    .delete()
    .eq('id', getRouterParam(event, 'id'))
    .eq('workspace_id', workspaceId);
  return { removed: true };
});
