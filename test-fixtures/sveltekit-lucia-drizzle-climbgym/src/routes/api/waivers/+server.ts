import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { memberships } from '$lib/server/db/schema';
import { storeFile } from '$lib/server/storage';
import type { RequestHandler } from './$types';

const MAX_BYTES = 8 * 1024 * 1024;

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const POST: RequestHandler = async ({ request, locals }) => {
  const user = locals.user;
  if (!user) error(401);
  // expect: unrestricted-upload
  const form = await request.formData();
  const file = form.get('waiver');
  if (!(file instanceof File)) error(400, 'waiver file required');
  if (file.size > MAX_BYTES) error(413, 'File too large');
  const url = await storeFile(`waivers/${user.id}/${crypto.randomUUID()}`, file);
  // ok: unscoped-tenant-query
  await db.update(memberships).set({ waiverUrl: url }).where(and(eq(memberships.userId, user.id), eq(memberships.gymId, user.gymId)));
  return json({ url });
};
