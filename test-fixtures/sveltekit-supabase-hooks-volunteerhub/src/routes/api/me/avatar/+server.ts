import { error, json } from '@sveltejs/kit';
import { uploadLimiter } from '$lib/server/limits';
import type { RequestHandler } from './$types';

const ALLOWED = ['image/png', 'image/jpeg', 'image/webp'];

// ok: missing-rate-limit
export const POST: RequestHandler = async (event) => {
  const { user } = await event.locals.safeGetSession();
  if (!user) error(401, 'Sign in first');
  if (await uploadLimiter.isLimited(event)) error(429, 'Slow down');
  // ok: unrestricted-upload
  const form = await event.request.formData();
  const file = form.get('avatar') as File | null;
  if (!file || file.size > 2 * 1024 * 1024 || !ALLOWED.includes(file.type)) error(400, 'PNG, JPEG or WebP up to 2 MB');
  const { error: upErr } = await event.locals.supabase.storage.from('avatars').upload(`${user.id}/avatar`, file, { upsert: true, contentType: file.type });
  if (upErr) error(500, 'Upload failed');
  return json({ ok: true });
};
