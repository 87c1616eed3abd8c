import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { supabaseAdmin } from '$lib/server/supabaseAdmin';
import { myMembership } from '$lib/server/membership';
import type { Actions, PageServerLoad } from './$types';

const RoleChange = z.object({ volunteerId: z.string().uuid(), role: z.enum(['volunteer', 'coordinator']) });

export const load: PageServerLoad = async ({ locals: { supabase, safeGetSession } }) => {
  const { user } = await safeGetSession();
  if (!user) redirect(303, '/login');
  const me = await myMembership(supabase, user.id);
  if (me?.role !== 'coordinator') error(403, 'Coordinators only');
  // ok: unscoped-tenant-query
  const { data } = await supabase.from('volunteers').select('id, full_name, phone, role').eq('org_id', me.org_id);
  return { volunteers: data ?? [] };
};

export const actions: Actions = {
  // the layout checks the role, so this was thought to be covered
  // expect: missing-role-check
  setRole: async ({ request, locals: { supabase, safeGetSession } }) => {
    const { user } = await safeGetSession();
    if (!user) redirect(303, '/login');
    const me = await myMembership(supabase, user.id);
    const { volunteerId, role } = RoleChange.parse(Object.fromEntries(await request.formData()));
    // ok: unscoped-tenant-query
    await supabaseAdmin.from('volunteers').update({ role }).eq('id', volunteerId).eq('org_id', me!.org_id);
    return { updated: true };
  },

  // ok: missing-role-check
  remove: async ({ request, locals: { supabase, safeGetSession } }) => {
    const { user } = await safeGetSession();
    if (!user) redirect(303, '/login');
    const me = await myMembership(supabase, user.id);
    if (me?.role !== 'coordinator') error(403, 'Coordinators only');
    const id = String((await request.formData()).get('volunteerId'));
    // ok: unscoped-tenant-query
    const { error: dbError } = await supabaseAdmin.from('volunteers').delete().eq('id', id).eq('org_id', me.org_id);
    // expect: error-details-leak
    if (dbError) return fail(500, { message: dbError.message });
    return { removed: true };
  },
};
