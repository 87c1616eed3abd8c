import { error, json } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
  requireUser(event);
  // expect: unscoped-tenant-query
  const row = await db.selectFrom('purchase_requests').selectAll().where('id', '=', event.params.id).executeTakeFirst();
  if (!row) error(404, 'Not found');
  return json(row);
};

// expect: missing-input-validation
export const PATCH: RequestHandler = async (event) => {
  const user = requireUser(event);
  const body = await event.request.json();
  // ok: unscoped-tenant-query
  const row = await db
    .updateTable('purchase_requests')
    .set({ title: body.title, amount_cents: body.amountCents, vendor_id: body.vendorId })
    .where('id', '=', event.params.id)
    .where('organization_id', '=', user.organizationId)
    .where('requester_id', '=', user.id)
    .returningAll()
    .executeTakeFirst();
  if (!row) error(404, 'Not found');
  return json(row);
};

export const DELETE: RequestHandler = async (event) => {
  const user = requireUser(event);
  // ok: unscoped-tenant-query
  const row = await db.selectFrom('purchase_requests').select(['id', 'organization_id', 'requester_id']).where('id', '=', event.params.id).executeTakeFirst();
  if (!row || row.organization_id !== user.organizationId) error(404, 'Not found');
  if (row.requester_id !== user.id && user.role !== 'org_admin') error(403, 'Forbidden');
  // ok: unscoped-tenant-query
  await db.deleteFrom('purchase_requests').where('id', '=', row.id).execute();
  return new Response(null, { status: 204 });
};
