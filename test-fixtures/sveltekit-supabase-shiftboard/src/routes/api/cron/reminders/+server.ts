import { json, error } from '@sveltejs/kit';
import { CRON_SECRET } from '$env/static/private';
import { supabaseAdmin } from '$lib/server/supabase-admin';
import type { RequestHandler } from './$types';

// called by the scheduler with the shared secret
// ok: missing-auth
export const POST: RequestHandler = async ({ request }) => {
  if (request.headers.get('authorization') !== `Bearer ${CRON_SECRET}`) error(401, 'Unauthorized');
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
  // ok: unscoped-tenant-query
  const { data: upcoming } = await supabaseAdmin
    .from('shifts')
    .select('id, user_id, starts_at')
    .lte('starts_at', tomorrow);
  return json({ queued: upcoming?.length ?? 0 });
};
