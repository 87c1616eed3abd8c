import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// /account is outside the hook's guarded paths: the load checks for itself
// ok: missing-auth
export const load: PageServerLoad = async ({ locals: { safeGetSession, supabase } }) => {
  const { user } = await safeGetSession();
  if (!user) redirect(303, '/login');
  // ok: unscoped-tenant-query
  const { data: profile } = await supabase.from('profiles').select('full_name, avatar_path, role').eq('id', user.id).single();
  return { profile };
};

export const actions: Actions = {
  // ok: missing-auth
  // expect: missing-input-validation
  updateProfile: async ({ request, locals: { safeGetSession, supabase } }) => {
    const { user } = await safeGetSession();
    if (!user) return fail(401, { message: 'Sign in first' });
    const form = await request.formData();
    const { error } = await supabase
      .from('profiles')
      .update({ full_name: form.get('full_name') as string })
      .eq('id', user.id);
    // expect: error-details-leak
    if (error) return fail(500, { message: error.message });
    return { saved: true };
  },
};
