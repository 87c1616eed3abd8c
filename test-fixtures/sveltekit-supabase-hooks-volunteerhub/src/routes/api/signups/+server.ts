import { json } from '@sveltejs/kit';
import { supabaseAdmin } from '$lib/server/supabaseAdmin';
import type { RequestHandler } from './$types';

// coordinators' roster export for one organization
// expect: missing-auth
export const GET: RequestHandler = async ({ url, locals }) => {
  if (!locals.user) {
    json({ error: 'unauthorized' }, { status: 401 });
  }
  // ok: unscoped-tenant-query
  const { data } = await supabaseAdmin.from('signups').select('shift_id, user_id').eq('org_id', url.searchParams.get('org'));
  return json(data ?? []);
};
