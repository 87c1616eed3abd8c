import { serverSupabaseServiceRole } from '#supabase/server';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  if (!event.context.user) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  // ok: unscoped-tenant-query
  const { data } = await serverSupabaseServiceRole(event)
    .from('members')
    .select('role, workspaces(id, name, plan)')
    .eq('user_id', event.context.user.id);
  return data ?? [];
});
