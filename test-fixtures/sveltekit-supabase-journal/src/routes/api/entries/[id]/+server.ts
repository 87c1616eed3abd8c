import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async ({ params, locals }) => {
  const { session } = await locals.safeGetSession();
  if (!session) error(401, 'Sign in first');
  // ok: unscoped-tenant-query
  const { data } = await locals.supabase.from('entries').select('*').eq('id', params.id).single();
  if (!data) error(404, 'Not found');
  return json(data);
};
