import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, batches } from '$lib/server/db';
import { requireUser, requireMembership } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// Batch status widget for the brewery's own site (shown to signed-in staff).
// ok: missing-auth
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  const orgId = event.url.searchParams.get('orgId') ?? '';
  await requireMembership(user.id, orgId);
  // ok: unscoped-tenant-query
  const rows = await db.select({ id: batches.id, name: batches.name, status: batches.status }).from(batches).where(eq(batches.orgId, orgId));
  const origin = event.request.headers.get('origin') ?? '';
  return json(rows, {
    headers: {
      // expect: cors-wildcard
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      Vary: 'Origin',
    },
  });
};
