import { json } from '@sveltejs/kit';
import { supabaseAdmin } from '$lib/server/supabase-admin';
import { requireProfile } from '$lib/server/auth';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async ({ locals, url }) => {
  const profile = await requireProfile(locals);
  const status = url.searchParams.get('status') ?? 'open';
  // ok: unscoped-tenant-query
  const { data } = await supabaseAdmin
    .from('invoices')
    .select('id, amount_cents, status')
    .eq('org_id', profile.org_id)
    .eq('status', status);
  return json(data ?? []);
};
