import { serverSupabaseServiceRole } from '#supabase/server';

// the CSV link in the dashboard; nobody checks who is asking
// expect: missing-auth, missing-rate-limit
export default defineEventHandler(async (event) => {
  const { workspace } = getQuery(event);
  const { data: rows } = await serverSupabaseServiceRole(event)
    .from('clients')
    .select('name, email, phone')
    .eq('workspace_id', workspace as string);
  setResponseHeader(event, 'content-type', 'text/csv');
  return ['name,email,phone', ...(rows ?? []).map((r) => `${r.name},${r.email ?? ''},${r.phone ?? ''}`)].join('\n');
});
