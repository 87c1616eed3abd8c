import { supabaseAdmin } from '$lib/server/supabaseAdmin';
import type { RequestHandler } from './$types';

// nightly spreadsheet for the coordinators' shared drive
// expect: missing-auth, missing-rate-limit
export const GET: RequestHandler = async ({ url }) => {
  // ok: unscoped-tenant-query
  const { data } = await supabaseAdmin.from('volunteers').select('full_name, phone, role').eq('org_id', url.searchParams.get('org'));
  const csv = ['name,phone,role', ...(data ?? []).map((v) => `${v.full_name},${v.phone ?? ''},${v.role}`)].join('\n');
  return new Response(csv, { headers: { 'content-type': 'text/csv' } });
};
