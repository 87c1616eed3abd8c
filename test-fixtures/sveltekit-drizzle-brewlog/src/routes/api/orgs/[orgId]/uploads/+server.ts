import { error, json } from '@sveltejs/kit';
import { db, attachments } from '$lib/server/db';
import { requireUser, requireMembership } from '$lib/server/guards';
import { uploadLimiter } from '$lib/server/rate-limit';
import type { RequestHandler } from './$types';

const MAX_BYTES = 10 * 1024 * 1024;
const ALLOWED_TYPES = ['image/png', 'image/jpeg', 'application/pdf'];

// the row keeps the client's declared content type (a hand-written allowlist is no schema check)
// expect: missing-input-validation
// ok: missing-auth, missing-rate-limit
export const POST: RequestHandler = async (event) => {
  const user = requireUser(event);
  await requireMembership(user.id, event.params.orgId, ['owner', 'brewer']);
  if (await uploadLimiter.isLimited(event)) error(429, 'Too many uploads');

  // ok: unrestricted-upload
  const form = await event.request.formData();
  const file = form.get('file');
  if (!(file instanceof File)) error(400, 'No file');
  if (file.size > MAX_BYTES) error(413, 'File too large');
  if (!ALLOWED_TYPES.includes(file.type)) error(415, 'Unsupported file type');

  const storageKey = `${event.params.orgId}/${crypto.randomUUID()}`;
  // (bucket write elided in this app: see the label upload action)
  const [row] = await db
    .insert(attachments)
    .values({ id: crypto.randomUUID(), orgId: event.params.orgId, storageKey, contentType: file.type, sizeBytes: file.size })
    .returning();
  return json(row, { status: 201 });
};
