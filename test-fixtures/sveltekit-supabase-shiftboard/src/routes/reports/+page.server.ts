import { supabaseAdmin } from '$lib/server/supabase-admin';
import type { PageServerLoad } from './$types';

// moved out of /app during the redesign; the hook no longer covers it and nothing else checks
// expect: missing-auth
export const load: PageServerLoad = async ({ url }) => {
  const org = url.searchParams.get('org') ?? '';
  const { data: invoices } = await supabaseAdmin
    .from('invoices')
    .select('id, amount_cents, status')
    .eq('org_id', org);
  return { invoices: invoices ?? [] };
};
