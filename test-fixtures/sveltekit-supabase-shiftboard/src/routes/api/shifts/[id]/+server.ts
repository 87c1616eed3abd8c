import { json } from '@sveltejs/kit';
import { supabaseAdmin } from '$lib/server/supabase-admin';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async ({ params, locals: { supabase } }) => {
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const { data } = await supabase.from('shifts').select('*').eq('id', params.id).single();
  return data ? json(data) : json({ error: 'not found' }, { status: 404 });
};

// a staff member drops one of their own shifts (service role, scoped to the caller in code)
// ok: missing-auth
export const DELETE: RequestHandler = async ({ params, locals: { supabase } }) => {
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  await supabaseAdmin.from('shifts').delete().eq('id', params.id).eq('user_id', user.id);
  return new Response(null, { status: 204 });
};

// ok: missing-auth
// expect: missing-input-validation
export const PUT: RequestHandler = async ({ params, request, locals: { supabase } }) => {
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return json({ error: 'unauthorized' }, { status: 401 });
  const { note } = (await request.json()) as { note: string };
  // expect: unscoped-tenant-query
  await supabaseAdmin.from('shifts').update({ note: String(note).slice(0, 500) }).eq('id', params.id);
  return json({ ok: true });
}
