import { requireUser } from '$lib/server/auth';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

// expect: missing-rate-limit
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  // ok: unscoped-tenant-query
  const rows = await db
    .selectFrom('purchase_requests')
    .select(['id', 'title', 'amount_cents', 'status', 'created_at'])
    .where('organization_id', '=', user.organizationId)
    .execute();
  const csv = ['id,title,amount,status,created', ...rows.map((r) => [r.id, JSON.stringify(r.title), r.amount_cents / 100, r.status, r.created_at.toISOString()].join(','))].join('\n');
  return new Response(csv, { headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="requests.csv"' } });
};
