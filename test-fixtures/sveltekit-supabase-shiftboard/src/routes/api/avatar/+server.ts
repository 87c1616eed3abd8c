import { json, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

// expect: missing-rate-limit
export const POST: RequestHandler = async ({ request, locals }) => {
  const { user } = await locals.safeGetSession();
  if (!user) error(401, 'Unauthorized');
  // expect: unrestricted-upload
  const form = await request.formData();
  const file = form.get('avatar') as File;
  const path = `${user.id}/${crypto.randomUUID()}`;
  const { error: upErr } = await locals.supabase.storage.from('avatars').upload(path, file, { upsert: true });
  if (upErr) return json({ error: 'Upload failed' }, { status: 400 });
  await locals.supabase.from('profiles').update({ avatar_path: path }).eq('id', user.id);
  return json({ path });
};
