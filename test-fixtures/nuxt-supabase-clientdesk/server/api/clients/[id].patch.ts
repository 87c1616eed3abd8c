import { serverSupabaseClient } from '#supabase/server';

// expect: missing-input-validation
export default defineEventHandler(async (event) => {
  await requireUser(event);
  const id = getRouterParam(event, 'id');
  const changes = await readBody(event);
  const client = await serverSupabaseClient(event);
  // ok: unscoped-tenant-query
  const { data } = await client.from('clients').update(changes).eq('id', id).select().single();
  return data;
});
