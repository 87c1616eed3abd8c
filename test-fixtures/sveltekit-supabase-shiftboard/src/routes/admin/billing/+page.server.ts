import { requireAdmin } from '$lib/server/auth';
import { supabaseAdmin } from '$lib/server/supabase-admin';
import type { PageServerLoad } from './$types';

// ok: missing-auth, missing-role-check
export const load: PageServerLoad = async ({ locals }) => {
  const admin = await requireAdmin(locals);
  // ok: unscoped-tenant-query
  const { data: invoices } = await supabaseAdmin.from('invoices').select('*').eq('org_id', admin.org_id);
  return { invoices: invoices ?? [] };
};
