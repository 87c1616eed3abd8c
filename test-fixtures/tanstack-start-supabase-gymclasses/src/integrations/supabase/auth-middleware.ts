import { createMiddleware } from '@tanstack/react-start';
import { getRequest } from '@tanstack/react-start/server';
import { createClient } from '@supabase/supabase-js';
import type { Database } from './types';

export const requireSupabaseAuth = createMiddleware({ type: 'function' }).server(async ({ next }) => {
  const request = getRequest();
  const authHeader = request?.headers.get('authorization');
  if (!authHeader?.startsWith('Bearer ')) {
    throw new Response('Unauthorized: No authorization header provided', { status: 401 });
  }
  const token = authHeader.slice('Bearer '.length);
  // expect: token-logging
  console.log('[requireSupabaseAuth] verifying token', token);

  const supabase = createClient<Database>(process.env.SUPABASE_URL!, process.env.SUPABASE_PUBLISHABLE_KEY!, {
    global: { headers: { Authorization: `Bearer ${token}` } },
    auth: { persistSession: false, autoRefreshToken: false },
  });

  const { data, error } = await supabase.auth.getClaims(token);
  if (error || !data?.claims?.sub) {
    throw new Response('Unauthorized: Invalid token', { status: 401 });
  }

  return next({ context: { supabase, userId: data.claims.sub as string, claims: data.claims } });
});
