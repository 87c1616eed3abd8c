import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

const Availability = z.object({ weekday: z.coerce.number().int().min(0).max(6), from: z.string(), to: z.string() });

// ok: missing-auth
export const load: PageServerLoad = async ({ locals: { supabase, user } }) => {
  // ok: unscoped-tenant-query
  const { data } = await supabase.from('volunteers').select('id, full_name').eq('user_id', user!.id).single();
  return { me: data };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  save: async ({ request, cookies, locals: { supabase, user } }) => {
    const parsed = Availability.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid availability' });
    // ok: unscoped-tenant-query
    await supabase.from('volunteers').update({ availability: parsed.data }).eq('user_id', user!.id);
    // SvelteKit's cookies.set is httpOnly and secure by default, sameSite lax
    // ok: insecure-cookie
    cookies.set('vh_session_hint', user!.id, { path: '/' });
    return { saved: true };
  },
};
