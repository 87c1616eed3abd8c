import { error, json } from '@sveltejs/kit';
import { createClient } from '@supabase/supabase-js';
import { env } from '$env/dynamic/private';
import { PUBLIC_SUPABASE_URL } from '$env/static/public';
import { z } from 'zod';
import type { RequestHandler } from './$types';

const Rename = z.object({ orgId: z.string().uuid(), name: z.string().min(2).max(80) });

export const POST: RequestHandler = async ({ request, locals: { safeGetSession } }) => {
  const { user } = await safeGetSession();
  if (!user) error(401, 'Sign in first');
  const { orgId, name } = Rename.parse(await request.json());
  const admin = createClient(PUBLIC_SUPABASE_URL, env.SUPABASE_SERVICE_ROLE_KEY!);
  // expect: unscoped-tenant-query
  await admin.from('organizations').update({ name }).eq('id', orgId);
  return json({ ok: true });
};
