import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, units } from '$lib/server/db';
import type { RequestHandler } from './$types';

// vacancies shown on agencies' own websites
export const GET: RequestHandler = async ({ request, locals }) => {
  if (!locals.user) return json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const rows = await db.select({ id: units.id, label: units.label, rentPence: units.rentPence }).from(units).where(eq(units.orgId, locals.user.orgId));
  return new Response(JSON.stringify(rows), {
    headers: {
      'content-type': 'application/json',
      // expect: cors-wildcard
      'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
      'Access-Control-Allow-Credentials': 'true',
    },
  });
};
