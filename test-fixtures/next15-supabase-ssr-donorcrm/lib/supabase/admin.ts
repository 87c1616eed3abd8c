import 'server-only';
import { createClient } from '@supabase/supabase-js';

// service-role client: bypasses RLS, server code only
export const supabaseAdmin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!, {
  auth: { autoRefreshToken: false, persistSession: false },
});
