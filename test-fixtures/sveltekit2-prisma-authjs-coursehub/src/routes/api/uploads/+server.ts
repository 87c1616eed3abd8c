import { error, json } from '@sveltejs/kit';
import { writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { requireUser } from '$lib/server/guards';
import type { RequestHandler } from './$types';

const MAX_BYTES = 10 * 1024 * 1024;

// expect: missing-rate-limit
export const POST: RequestHandler = async (event) => {
  await requireUser(event);
  // expect: unrestricted-upload
  const form = await event.request.formData();
  const file = form.get('file') as File | null;
  if (!file) error(400, 'file missing');
  if (file.size > MAX_BYTES) error(413, 'too large');
  const key = `${randomUUID()}-${file.name}`;
  await writeFile(`/var/coursehub/uploads/${key}`, Buffer.from(await file.arrayBuffer()));
  return json({ key }, { status: 201 });
};
