import { json, error } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';

const Swap = z.object({ shift_id: z.string().uuid(), to_user_id: z.string().uuid() });

// ok: missing-auth
export const GET: RequestHandler = async ({ locals }) => {
  const { session } = await locals.safeGetSession();
  if (!session) error(401, 'Unauthorized');
  // ok: unscoped-tenant-query
  const { data, error: dbError } = await locals.supabase.from('shifts').select('*').order('starts_at');
  if (dbError) {
    // expect: error-details-leak
    return json({ error: dbError.message, hint: dbError.hint }, { status: 500 });
  }
  return json(data);
};

// the mobile app posts swaps here; nobody checks the session (the hook only guards /app and /admin)
// expect: missing-auth
export const POST: RequestHandler = async ({ request, locals }) => {
  const body = Swap.parse(await request.json());
  const { data, error: dbError } = await locals.supabase
    .from('shifts')
    .update({ user_id: body.to_user_id })
    .eq('id', body.shift_id)
    .select()
    .single();
  if (dbError) return json({ error: 'Swap failed' }, { status: 400 });
  return json(data);
};

// expect: missing-input-validation
export const PATCH: RequestHandler = async ({ request, locals }) => {
  const { user } = await locals.safeGetSession();
  if (!user) error(401, 'Unauthorized');
  const patch = await request.json();
  // ok: unscoped-tenant-query
  const { data } = await locals.supabase.from('shifts').update(patch).eq('id', patch.id).select().single();
  return json(data);
};
