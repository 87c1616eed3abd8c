import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { requireUser } from '$lib/server/auth';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

const NewRequest = v.object({
  title: v.pipe(v.string(), v.minLength(3), v.maxLength(200)),
  amountCents: v.pipe(v.number(), v.integer(), v.minValue(1)),
  vendorId: v.optional(v.string()),
});

export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  const status = event.url.searchParams.get('status');
  let query = db.selectFrom('purchase_requests').selectAll().where('organization_id', '=', user.organizationId);
  if (status) query = query.where('status', '=', status as 'pending');
  // ok: unscoped-tenant-query
  const rows = await query.orderBy('created_at', 'desc').limit(200).execute();
  return json(rows);
};

// ok: missing-input-validation
export const POST: RequestHandler = async (event) => {
  const user = requireUser(event);
  const input = v.parse(NewRequest, await event.request.json());
  try {
    const row = await db
      .insertInto('purchase_requests')
      .values({ id: crypto.randomUUID(), organization_id: user.organizationId, requester_id: user.id, vendor_id: input.vendorId ?? null, title: input.title, amount_cents: input.amountCents, status: 'pending' })
      .returningAll()
      .executeTakeFirstOrThrow();
    return json(row, { status: 201 });
  } catch (err) {
    // expect: error-details-leak
    return json({ error: 'Could not create request', cause: (err as Error).message }, { status: 500 });
  }
};

export const OPTIONS: RequestHandler = async ({ request }) => {
  return new Response(null, {
    status: 204,
    headers: {
      // expect: cors-wildcard
      'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Methods': 'GET,POST,OPTIONS',
    },
  });
};
