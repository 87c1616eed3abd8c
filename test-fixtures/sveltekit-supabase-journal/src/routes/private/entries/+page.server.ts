import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

const NewEntry = z.object({ title: z.string().min(1).max(200), body: z.string().max(20_000) });

// ok: missing-auth
export const load: PageServerLoad = async ({ locals: { supabase } }) => {
  // ok: unscoped-tenant-query
  const { data: entries } = await supabase.from('entries').select('id, title, created_at').order('created_at', { ascending: false });
  return { entries: entries ?? [] };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  create: async ({ request, locals: { supabase, user } }) => {
    const parsed = NewEntry.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid entry' });
    // ok: unscoped-tenant-query
    await supabase.from('entries').insert({ ...parsed.data, user_id: user!.id });
  },
  // row-level security limits the delete to the author's own rows
  // ok: missing-auth
  delete: async ({ request, locals }) => {
    const form = await request.formData();
    // ok: unscoped-tenant-query
    await locals.supabase.from('entries').delete().eq('id', String(form.get('id')));
  },
};
