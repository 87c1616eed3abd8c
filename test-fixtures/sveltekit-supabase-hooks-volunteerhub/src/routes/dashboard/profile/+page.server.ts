import { fail } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

const Profile = z.object({ full_name: z.string().min(2).max(80), phone: z.string().max(20).optional() });

export const load: PageServerLoad = async () => {
  return { form: await superValidate(zod(Profile)) };
};

export const actions: Actions = {
  // ok: missing-input-validation
  default: async ({ request, locals: { supabase, user } }) => {
    const form = await superValidate(request, zod(Profile));
    if (!form.valid) return fail(400, { form });
    // ok: unscoped-tenant-query
    await supabase.from('volunteers').update(form.data).eq('user_id', user!.id);
    return { form };
  },
};
