// Run by pg_cron through pg_net with the shared cron secret.
import { createClient } from 'npm:@supabase/supabase-js@2';

// ok: missing-auth
Deno.serve(async (req) => {
  if (req.headers.get('x-cron-secret') !== Deno.env.get('CRON_SECRET')) {
    return new Response('Forbidden', { status: 403 });
  }
  const admin = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);
  // ok: unscoped-tenant-query
  const { data } = await admin.from('bookings').select('id, user_id').eq('status', 'confirmed');
  return Response.json({ queued: data?.length ?? 0 });
});
