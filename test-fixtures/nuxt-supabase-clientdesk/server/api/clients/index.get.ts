import { serverSupabaseClient, serverSupabaseUser } from '#supabase/server';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await serverSupabaseUser(event);
  if (!user) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  const { search } = getQuery(event);
  const client = await serverSupabaseClient(event);
  // clients has RLS: the user's client only sees their workspaces
  // ok: unscoped-tenant-query
  let query = client.from('clients').select('id, name, email').order('name');
  if (search) query = query.ilike('name', `%${search}%`);
  const { data } = await query;
  return data ?? [];
});
