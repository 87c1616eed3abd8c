import { error, json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, users } from '$lib/server/db';
import { requireUser } from '$lib/server/auth';
import { uploadLimiter } from '$lib/server/limits';
import { storeFile } from '$lib/server/storage';
import type { RequestHandler } from './$types';

const MAX_AVATAR_BYTES = 2 * 1024 * 1024;
const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

// ok: missing-auth, missing-rate-limit
export const POST: RequestHandler = async (event) => {
  const user = requireUser(event);
  if (await uploadLimiter.isLimited(event)) error(429, 'Slow down');
  // ok: unrestricted-upload
  const form = await event.request.formData();
  const file = form.get('avatar');
  if (!(file instanceof File)) error(400, 'No file');
  if (file.size > MAX_AVATAR_BYTES) error(413, 'Avatar too large');
  if (!AVATAR_TYPES.includes(file.type)) error(415, 'Unsupported image type');
  const url = await storeFile(`avatars/${user.id}`, file);
  // ok: unscoped-tenant-query
  await db.update(users).set({ avatarUrl: url }).where(eq(users.id, user.id));
  return json({ url });
};
