import type { APIRoute } from 'astro';
import { eq } from 'drizzle-orm';
import { writeFile } from 'node:fs/promises';
import { db, users } from '../../../db';
import { userOf } from '../../../lib/guards';

const MAX_AVATAR_BYTES = 2 * 1024 * 1024;
const AVATAR_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);

// the stored URL is built from the uploaded file's type (a hand-written allowlist is no schema check)
// expect: missing-rate-limit, missing-input-validation
export const POST: APIRoute = async (context) => {
  const user = userOf(context);
  // ok: unrestricted-upload
  const form = await context.request.formData();
  const file = form.get('avatar');
  if (!(file instanceof File)) return Response.json({ error: 'No file' }, { status: 400 });
  if (file.size > MAX_AVATAR_BYTES) return Response.json({ error: 'Avatar must be under 2 MB' }, { status: 413 });
  if (!AVATAR_TYPES.has(file.type)) return Response.json({ error: 'PNG, JPEG or WebP only' }, { status: 415 });
  const name = `${user.id}.${file.type.split('/')[1]}`;
  await writeFile(`./public/avatars/${name}`, Buffer.from(await file.arrayBuffer()));
  await db.update(users).set({ avatarUrl: `/avatars/${name}` }).where(eq(users.id, user.id));
  return Response.json({ url: `/avatars/${name}` });
};
