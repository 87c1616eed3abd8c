import { error, json } from '@sveltejs/kit';
import { supabaseAdmin } from '$lib/server/supabaseAdmin';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, locals: { supabase, safeGetSession } }) => {
  const { user } = await safeGetSession();
  if (!user) error(401, 'Sign in first');
  // ok: unscoped-tenant-query
  const { data } = await supabase.from('shifts').select('*').eq('id', params.id).maybeSingle();
  if (!data) error(404, 'Not found');
  return json(data);
};

// the RLS policy had no delete rule, so someone switched to the admin client
export const DELETE: RequestHandler = async ({ params, locals: { safeGetSession } }) => {
  const { user } = await safeGetSession();
  if (!user) error(401, 'Sign in first');
  // expect: unscoped-tenant-query
  await supabaseAdmin.from('shifts').delete().eq('id', params.id);
  return new Response(null, { status: 204 });
};
