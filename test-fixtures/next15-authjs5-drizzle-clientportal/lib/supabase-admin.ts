import { createClient } from '@supabase/supabase-js';

// Used by the storage upload helper.
export const supabaseAdmin = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  // expect: public-env-secret
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!,
);
