import { fail } from '@sveltejs/kit';
import { z } from 'zod';

const Feedback = z.object({ entryId: z.string().uuid(), note: z.string().max(2000) });

export const actions = {
  // a route group named (marketing) is no public path: this writes a note onto a journal entry
  // expect: missing-auth
  default: async ({ request, locals: { supabase } }) => {
    const input = Feedback.parse(Object.fromEntries(await request.formData()));
    const { error } = await supabase.from('entries').update({ feedback: input.note }).eq('id', input.entryId);
    if (error) return fail(500, { message: 'failed' });
    return { ok: true };
  },
};
