import { json, error } from '@sveltejs/kit';
import { supabaseAdmin } from '$lib/server/supabase-admin';
import { requireProfile } from '$lib/server/auth';
import type { RequestHandler } from './$types';

// invoices has no RLS and is read with the service role: scoping is the code's job
// ok: missing-auth
export const GET: RequestHandler = async ({ params, locals }) => {
  await requireProfile(locals);
  // expect: unscoped-tenant-query
  const { data: invoice } = await supabaseAdmin.from('invoices').select('*').eq('id', params.id).single();
  if (!invoice) error(404, 'Not found');
  return json(invoice);
};

// ok: missing-auth, missing-role-check
export const DELETE: RequestHandler = async ({ params, locals }) => {
  const profile = await requireProfile(locals);
  // ok: unscoped-tenant-query
  const { data: invoice } = await supabaseAdmin.from('invoices').select('id, org_id, status').eq('id', params.id).single();
  if (!invoice || invoice.org_id !== profile.org_id) error(404, 'Not found');
  if (invoice.status !== 'open') error(409, 'Only open invoices can be voided');
  // ok: unscoped-tenant-query
  await supabaseAdmin.from('invoices').update({ status: 'void' }).eq('id', invoice.id);
  return new Response(null, { status: 204 });
};
