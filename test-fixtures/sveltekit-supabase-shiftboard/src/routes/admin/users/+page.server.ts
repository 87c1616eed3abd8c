import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { supabaseAdmin } from '$lib/server/supabase-admin';
import { requireAdmin, requireProfile } from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

const RoleChange = z.object({ user_id: z.string().uuid(), role: z.enum(['staff', 'manager', 'admin']) });

// the layout's role check does not run for this page's own load or actions
// ok: missing-auth
// expect: missing-role-check
export const load: PageServerLoad = async ({ locals }) => {
  const profile = await requireProfile(locals);
  // ok: unscoped-tenant-query
  const { data: people } = await supabaseAdmin
    .from('profiles')
    .select('id, full_name, role')
    .eq('org_id', profile.org_id);
  return { people: people ?? [] };
};

export const actions: Actions = {
  // ok: missing-auth, missing-role-check, missing-input-validation
  setRole: async ({ request, locals }) => {
    const admin = await requireAdmin(locals);
    const parsed = RoleChange.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Bad input' });
    // ok: unscoped-tenant-query
    await supabaseAdmin
      .from('profiles')
      .update({ role: parsed.data.role })
      .eq('id', parsed.data.user_id)
      .eq('org_id', admin.org_id);
    return { ok: true };
  },

  // expect: missing-role-check
  removeUser: async ({ request, locals }) => {
    const profile = await requireProfile(locals);
    const userId = String((await request.formData()).get('user_id'));
    await supabaseAdmin.from('profiles').delete().eq('id', userId).eq('org_id', profile.org_id);
    await supabaseAdmin.auth.admin.deleteUser(userId);
    return { ok: true };
  },
};
