import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireUser } from '$lib/server/guards';
import type { Actions } from './$types';

const themeSchema = z.enum(['light', 'dark', 'system']);

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  theme: async ({ request, locals, cookies }) => {
    requireUser(locals);
    const parsed = themeSchema.safeParse((await request.formData()).get('theme'));
    if (!parsed.success) return fail(400);
    // ok: insecure-cookie
    cookies.set('theme', parsed.data, { path: '/', httpOnly: false, maxAge: 365 * 864e5 });
    return { saved: true };
  },
};
