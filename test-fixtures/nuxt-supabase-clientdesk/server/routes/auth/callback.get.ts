import { serverSupabaseClient } from '#supabase/server';

// OAuth / magic-link landing: trade the code for a session cookie
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const { code, next } = getQuery(event) as { code?: string; next?: string };
  if (code) {
    const client = await serverSupabaseClient(event);
    const { error } = await client.auth.exchangeCodeForSession(code);
    if (error) return sendRedirect(event, '/login?error=callback');
  }
  return sendRedirect(event, next?.startsWith('/') ? next : '/app');
});
