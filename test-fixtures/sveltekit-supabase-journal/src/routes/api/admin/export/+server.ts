import { error } from '@sveltejs/kit';
import { supabaseAdmin } from '$lib/server/admin';
import type { RequestHandler } from './$types';

// the support export: signed in is checked, being staff is not
// expect: missing-role-check, missing-rate-limit
export const GET: RequestHandler = async ({ locals }) => {
  const { session } = await locals.safeGetSession();
  if (!session) error(401, 'Sign in first');
  // expect: unscoped-tenant-query
  const { data } = await supabaseAdmin.from('entries').select('user_id, title, created_at');
  const csv = (data ?? []).map((e) => `${e.user_id},${JSON.stringify(e.title)},${e.created_at}`).join('\n');
  return new Response(csv, { headers: { 'content-type': 'text/csv' } });
};
