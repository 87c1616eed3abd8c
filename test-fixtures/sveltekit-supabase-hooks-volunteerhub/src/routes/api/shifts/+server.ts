import { error, json } from '@sveltejs/kit';
import { myMembership } from '$lib/server/membership';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url, locals: { supabase, safeGetSession } }) => {
  const { user } = await safeGetSession();
  if (!user) error(401, 'Sign in first');
  // RLS limits this to the caller's organization
  // ok: unscoped-tenant-query
  const { data, error: dbError } = await supabase.from('shifts').select('*').gte('starts_at', url.searchParams.get('from') ?? new Date().toISOString());
  // expect: error-details-leak
  if (dbError) return json({ error: dbError.message }, { status: 500 });
  return json(data);
};

// expect: missing-input-validation
export const POST: RequestHandler = async ({ request, locals: { supabase, safeGetSession } }) => {
  const { user } = await safeGetSession();
  if (!user) error(401, 'Sign in first');
  const me = await myMembership(supabase, user.id);
  if (!me) error(403, 'Not a member');
  const body = await request.json();
  // ok: unscoped-tenant-query
  const { data } = await supabase.from('shifts').insert({ ...body, org_id: me.org_id }).select().single();
  return json(data, { status: 201 });
};
