import { error, json } from '@sveltejs/kit';
import { writeFile } from 'node:fs/promises';
import { db } from '$lib/server/db';
import { files } from '$lib/server/db/schema';
import { requireMember } from '$lib/server/guards';
import type { RequestHandler } from './$types';

const MAX_BYTES = 25 * 1024 * 1024;

// the file's name and type go into the row as the client sent them
// ok: missing-auth
// expect: missing-rate-limit, missing-input-validation
export const POST: RequestHandler = async ({ locals, request }) => {
  // expect: unrestricted-upload
  const form = await request.formData();
  const workspaceId = String(form.get('workspaceId') ?? '');
  const { user } = await requireMember(locals, workspaceId);
  const file = form.get('file');
  if (!(file instanceof File)) error(400, 'No file');
  if (file.size > MAX_BYTES) error(413, 'File too large');
  const id = crypto.randomUUID();
  const key = `${workspaceId}/${id}-${file.name}`;
  await writeFile(`/srv/studiodesk/uploads/${key}`, Buffer.from(await file.arrayBuffer()));
  await db.insert(files).values({ id, workspaceId, key, contentType: file.type, size: file.size, uploadedBy: user.id });
  return json({ id }, { status: 201 });
};
