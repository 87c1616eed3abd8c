import { createClient } from '@supabase/supabase-js';
import { PUBLIC_SUPABASE_URL } from '$env/static/public';
// ok: public-env-secret
import { SUPABASE_SERVICE_ROLE_KEY } from '$env/static/private';

/** bypasses RLS: only for jobs and admin screens */
export const supabaseAdmin = createClient(PUBLIC_SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY, {
  auth: { persistSession: false, autoRefreshToken: false },
});
