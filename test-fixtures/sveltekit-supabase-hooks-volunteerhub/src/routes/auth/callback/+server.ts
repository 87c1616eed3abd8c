import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async ({ url, locals: { supabase } }) => {
  const code = url.searchParams.get('code');
  if (code) await supabase.auth.exchangeCodeForSession(code);
  redirect(303, '/dashboard');
};
