import { fail, redirect } from '@sveltejs/kit';
import { RateLimiter } from 'sveltekit-rate-limiter/server';
import { z } from 'zod';
import type { Actions } from './$types';

const limiter = new RateLimiter({ IP: [10, 'm'], IPUA: [5, 'm'] });

const Credentials = z.object({ email: z.string().email(), password: z.string().min(8) });

export const actions: Actions = {
  // ok: missing-rate-limit, missing-auth
  login: async (event) => {
    if (await limiter.isLimited(event)) return fail(429, { message: 'Too many attempts' });
    const form = Object.fromEntries(await event.request.formData());
    const parsed = Credentials.safeParse(form);
    if (!parsed.success) return fail(400, { message: 'Invalid email or password' });
    const { error } = await event.locals.supabase.auth.signInWithPassword(parsed.data);
    if (error) return fail(400, { message: 'Invalid email or password' });
    redirect(303, '/app/shifts');
  },

  // expect: missing-rate-limit
  magicLink: async ({ request, locals, url }) => {
    const email = String((await request.formData()).get('email') ?? '');
    const { error } = await locals.supabase.auth.signInWithOtp({
      email,
      options: { emailRedirectTo: `${url.origin}/auth/callback` },
    });
    if (error) return fail(400, { message: 'Could not send the link' });
    return { sent: true };
  },
};
