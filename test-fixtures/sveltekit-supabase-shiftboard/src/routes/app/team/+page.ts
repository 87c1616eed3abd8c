import { createClient } from '@supabase/supabase-js';
// expect: public-env-secret
import { PUBLIC_SUPABASE_URL, PUBLIC_SUPABASE_SERVICE_ROLE_KEY } from '$env/static/public';
import type { PageLoad } from './$types';

// "temporary" shortcut so the team page can show everyone's role: the service key ships in the bundle
const sb = createClient(PUBLIC_SUPABASE_URL, PUBLIC_SUPABASE_SERVICE_ROLE_KEY);

// a universal load runs in the browser too: it is no server route, and the exposed key above is the finding
// ok: missing-auth
export const load: PageLoad = async () => {
  // ok: unscoped-tenant-query
  const { data: team } = await sb.from('profiles').select('id, full_name, role').order('full_name');
  return { team: team ?? [] };
};
