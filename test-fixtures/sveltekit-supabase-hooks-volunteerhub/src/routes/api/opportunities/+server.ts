import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

// public opportunities board on the marketing site
// ok: missing-auth
export const GET: RequestHandler = async ({ locals: { supabase } }) => {
  // ok: unscoped-tenant-query
  const { data } = await supabase.from('shifts').select('id, title, starts_at').eq('is_public', true).limit(50);
  return json(data ?? []);
};
