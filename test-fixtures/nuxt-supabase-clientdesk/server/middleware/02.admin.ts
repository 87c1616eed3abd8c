import { serverSupabaseServiceRole, serverSupabaseUser } from '#supabase/server';

// everything under /api/admin is for workspace owners only
export default defineEventHandler(async (event) => {
  if (!event.path.startsWith('/api/admin')) return;
  const user = await serverSupabaseUser(event);
  if (!user) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  const { data: member } = await serverSupabaseServiceRole(event)
    .from('members')
    .select('role, workspace_id')
    .eq('user_id', user.id)
    .single();
  if (member?.role !== 'owner') throw createError({ statusCode: 403, statusMessage: 'Owners only' });
  event.context.membership = member;
});
