import { fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';

export const actions: Actions = {
  // expect: missing-rate-limit
  login: async ({ request, locals: { supabase } }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    // expect: token-logging
    console.log(`login attempt for ${email} with ${password}`);
    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error) return fail(400, { email, message: 'Invalid email or password' });
    redirect(303, '/dashboard');
  },

  // expect: missing-rate-limit
  signup: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '');
    // ok: token-logging
    console.info('signup requested', { email });
    const { error } = await supabase.auth.signUp({
      email,
      password: String(form.get('password') ?? ''),
      options: { emailRedirectTo: `${url.origin}/auth/callback` },
    });
    if (error) return fail(400, { email, message: 'Could not sign up' });
    return { sent: true };
  },
};
