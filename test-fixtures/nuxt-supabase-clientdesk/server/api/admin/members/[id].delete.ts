import { serverSupabaseServiceRole } from '#supabase/server';

// server/middleware/02.admin.ts lets only owners through on /api/admin
// ok: missing-auth, missing-role-check
export default defineEventHandler(async (event) => {
  const membership = event.context.membership as { workspace_id: string };
  const id = getRouterParam(event, 'id');
  // ok: unscoped-tenant-query
  await serverSupabaseServiceRole(event)
    .from('members')
    .delete()
    .eq('id', id)
    .eq('workspace_id', membership.workspace_id);
  return { ok: true };
});
