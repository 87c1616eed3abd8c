import { fail } from '@sveltejs/kit';
import { resetLimiter } from '$lib/server/limits';
import type { Actions } from './$types';

export const actions: Actions = {
  // ok: missing-rate-limit
  default: async (event) => {
    if (await resetLimiter.isLimited(event)) return fail(429, { message: 'Too many requests' });
    const form = await event.request.formData();
    const email = String(form.get('email') ?? '');
    await event.locals.supabase.auth.resetPasswordForEmail(email, { redirectTo: `${event.url.origin}/account/password` });
    return { sent: true };
  },
};
