import { createMiddleware } from '@tanstack/react-start';
import { getRequest } from '@tanstack/react-start/server';
import { createClient } from '@supabase/supabase-js';

/** The caller's bearer token, checked with Supabase; the handler gets a client that acts as the caller (RLS applies). */
export const requireSupabaseAuth = createMiddleware({ type: 'function' }).server(async ({ next }) => {
  const request = getRequest();
  const authHeader = request?.headers.get('authorization');
  if (!authHeader?.startsWith('Bearer ')) {
    throw new Response('Unauthorized', { status: 401 });
  }
  const token = authHeader.slice('Bearer '.length);
  const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_PUBLISHABLE_KEY!, {
    global: { headers: { Authorization: `Bearer ${token}` } },
    auth: { persistSession: false, autoRefreshToken: false },
  });
  const { data, error } = await supabase.auth.getClaims(token);
  if (error || !data?.claims?.sub) {
    throw new Response('Unauthorized', { status: 401 });
  }
  return next({ context: { supabase, userId: data.claims.sub } });
});
