import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

const NewShift = z.object({
  starts_at: z.string().datetime(),
  ends_at: z.string().datetime(),
  user_id: z.string().uuid(),
  note: z.string().max(500).optional(),
});

// the handle hook redirects anonymous visitors away from /app; shifts has RLS
// ok: missing-auth, unscoped-tenant-query
export const load: PageServerLoad = async ({ locals: { supabase }, url }) => {
  const week = url.searchParams.get('week') ?? new Date().toISOString().slice(0, 10);
  // ok: unscoped-tenant-query
  const { data: shifts } = await supabase
    .from('shifts')
    .select('id, starts_at, ends_at, note, user_id')
    .gte('starts_at', week)
    .order('starts_at');
  return { shifts: shifts ?? [] };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  create: async ({ request, locals }) => {
    const { user } = await locals.safeGetSession();
    const parsed = NewShift.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { issues: parsed.error.flatten() });
    const { data: me } = await locals.supabase.from('profiles').select('org_id').eq('id', user!.id).single();
    const { error } = await locals.supabase.from('shifts').insert({ ...parsed.data, org_id: me!.org_id });
    if (error) return fail(400, { message: 'Could not save the shift' });
    return { ok: true };
  },

  // ok: missing-auth, missing-input-validation
  remove: async ({ request, locals }) => {
    const id = String((await request.formData()).get('id'));
    // ok: unscoped-tenant-query
    await locals.supabase.from('shifts').delete().eq('id', id);
    return { ok: true };
  },

  // expect: missing-input-validation
  rename: async ({ request, locals }) => {
    const form = await request.formData();
    // ok: unscoped-tenant-query
    await locals.supabase
      .from('shifts')
      .update({ note: form.get('note') as string })
      .eq('id', form.get('id') as string);
    return { ok: true };
  },
};
