import { serverSupabaseServiceRole } from '#supabase/server';

// the context user is loaded by server/middleware/00.user.ts, but nothing here checks it
// expect: missing-auth
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  const { data } = await serverSupabaseServiceRole(event)
    .from('workspaces')
    .select('id, name, plan, stripe_customer_id')
    .eq('id', id)
    .single();
  return data;
});
