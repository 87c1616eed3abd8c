// The studio owner's "download roster" button; the owner check was meant to be added later.
import { serve } from 'https://deno.land/std@0.168.0/http/server.ts';
import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';
import { corsHeaders } from '../_shared/cors.ts';

// expect: missing-auth, missing-rate-limit
serve(async (req) => {
  if (req.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders });
  const { classId } = await req.json();
  const admin = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);
  // ok: unscoped-tenant-query
  const { data } = await admin.from('bookings').select('user_id, status').eq('class_id', classId);
  const csv = (data ?? []).map((b) => `${b.user_id},${b.status}`).join('\n');
  return new Response(csv, { headers: { ...corsHeaders, 'Content-Type': 'text/csv' } });
});
