import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

const Cancel = z.object({ signupId: z.string().uuid() });

export const load: PageServerLoad = async ({ locals: { supabase, user } }) => {
  // ok: unscoped-tenant-query
  const { data: shifts } = await supabase.from('shifts').select('id, title, starts_at').order('starts_at');
  // ok: unscoped-tenant-query
  const { data: mine } = await supabase.from('signups').select('id, shift_id').eq('user_id', user!.id);
  return { shifts: shifts ?? [], mine: mine ?? [] };
};

export const actions: Actions = {
  // expect: missing-input-validation
  join: async ({ request, locals: { supabase, user } }) => {
    const form = await request.formData();
    // ok: unscoped-tenant-query
    const { data: shift } = await supabase.from('shifts').select('id, org_id').eq('id', String(form.get('shiftId'))).single();
    if (!shift) return fail(404, { message: 'Shift not found' });
    // ok: unscoped-tenant-query
    const { error } = await supabase.from('signups').insert({ shift_id: shift.id, org_id: shift.org_id, user_id: user!.id, note: form.get('note') });
    if (error) return fail(400, { message: 'Could not join' });
    return { joined: true };
  },

  // ok: missing-input-validation
  cancel: async ({ request, locals: { supabase, user } }) => {
    const { signupId } = Cancel.parse(Object.fromEntries(await request.formData()));
    // ok: unscoped-tenant-query
    await supabase.from('signups').delete().eq('id', signupId).eq('user_id', user!.id);
    return { cancelled: true };
  },
};
