import { json } from '@sveltejs/kit';
import { writeFile } from 'node:fs/promises';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async ({ locals }) => {
  // ok: unscoped-tenant-query
  const rows = await db.selectFrom('attachments').selectAll().where('organization_id', '=', locals.user!.organizationId).execute();
  return json(rows);
};

// ok: missing-auth
// expect: missing-rate-limit, missing-input-validation
export const POST: RequestHandler = async ({ locals, request }) => {
  // expect: unrestricted-upload
  const form = await request.formData();
  const pdf = form.get('invoice') as File;
  const requestId = String(form.get('requestId'));
  // expect: unscoped-tenant-query
  const pr = await db.selectFrom('purchase_requests').select(['id', 'organization_id']).where('id', '=', requestId).executeTakeFirst();
  if (!pr) return json({ error: 'Unknown request' }, { status: 404 });
  const key = `invoices/${pr.id}/${pdf.name}`;
  await writeFile(`/var/buyflow/uploads/${key}`, Buffer.from(await pdf.arrayBuffer()));
  await db.insertInto('attachments').values({ id: crypto.randomUUID(), organization_id: locals.user!.organizationId, request_id: pr.id, file_name: pdf.name, storage_key: key }).execute();
  return json({ key }, { status: 201 });
};
