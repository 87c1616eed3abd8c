import { error } from '@sveltejs/kit';
import { supabaseAdmin } from '$lib/server/supabaseAdmin';
import type { PageServerLoad } from './$types';

// roster for one shift: the admin client so coordinators see phone numbers RLS hides
export const load: PageServerLoad = async ({ params }) => {
  // expect: unscoped-tenant-query
  const { data: shift } = await supabaseAdmin.from('shifts').select('id, title, starts_at, org_id').eq('id', params.id).single();
  if (!shift) error(404, 'Not found');
  // ok: unscoped-tenant-query
  const { data: roster } = await supabaseAdmin.from('signups').select('user_id, volunteers(full_name, phone)').eq('shift_id', shift.id);
  return { shift, roster: roster ?? [] };
};
