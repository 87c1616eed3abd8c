import { error, json } from '@sveltejs/kit';
import { supabaseAdmin } from '$lib/server/admin';
import type { RequestHandler } from './$types';

// public share links: the admin client is needed because readers are not signed in,
// but nothing checks that the author shared the entry
// expect: missing-auth
export const GET: RequestHandler = async ({ params }) => {
  // ok: unscoped-tenant-query
  const { data } = await supabaseAdmin.from('entries').select('title, body').eq('id', params.entryId).single();
  if (!data) error(404, 'Not found');
  return json(data);
};
