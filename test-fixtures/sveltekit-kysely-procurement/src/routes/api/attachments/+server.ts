import { error, json } from '@sveltejs/kit';
import { writeFile } from 'node:fs/promises';
import { requireUser } from '$lib/server/auth';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

// the original file name is stored as sent
// expect: missing-rate-limit, missing-input-validation
export const POST: RequestHandler = async (event) => {
  const user = requireUser(event);
  // expect: unrestricted-upload
  const form = await event.request.formData();
  const file = form.get('file');
  const requestId = String(form.get('requestId') ?? '');
  if (!(file instanceof File)) error(400, 'Attach a file');
  // ok: unscoped-tenant-query
  const pr = await db.selectFrom('purchase_requests').select('id').where('id', '=', requestId).where('organization_id', '=', user.organizationId).executeTakeFirst();
  if (!pr) error(404, 'Request not found');
  const key = `${user.organizationId}/${pr.id}/${crypto.randomUUID()}-${file.name}`;
  await writeFile(`/var/buyflow/uploads/${key}`, Buffer.from(await file.arrayBuffer()));
  await db.insertInto('attachments').values({ id: crypto.randomUUID(), organization_id: user.organizationId, request_id: pr.id, file_name: file.name, storage_key: key }).execute();
  return json({ key }, { status: 201 });
};
