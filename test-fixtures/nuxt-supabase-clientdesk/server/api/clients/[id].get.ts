import { serverSupabaseClient } from '#supabase/server';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  await requireUser(event);
  const id = getRouterParam(event, 'id');
  const client = await serverSupabaseClient(event);
  // ok: unscoped-tenant-query
  const { data } = await client.from('clients').select('*').eq('id', id).single();
  if (!data) throw createError({ statusCode: 404 });
  return data;
});
