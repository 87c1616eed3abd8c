import type { SupabaseClient } from '@supabase/supabase-js';

/** the caller's volunteer row (org and role), read through their own RLS-bound client */
export async function myMembership(supabase: SupabaseClient, userId: string) {
  const { data } = await supabase.from('volunteers').select('org_id, role').eq('user_id', userId).single();
  return data as { org_id: string; role: string } | null;
}
