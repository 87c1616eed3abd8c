import { fail } from '@sveltejs/kit';
import { z } from 'zod';

const ContactRequest = z.object({
  name: z.string().min(2).max(200),
  email: z.string().email().max(320),
  message: z.string().min(10).max(4000),
});

export const actions = {
  // the public contact form: anyone may leave a message
  // ok: missing-auth
  send: async ({ request, locals: { supabase } }) => {
    const parsed = ContactRequest.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    const { error } = await supabase.from('contact_requests').insert(parsed.data);
    if (error) return fail(500, { message: 'Could not send your message' });
    return { sent: true };
  },
};
