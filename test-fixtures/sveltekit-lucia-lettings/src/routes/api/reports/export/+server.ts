import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, leases } from '$lib/server/db';
import type { RequestHandler } from './$types';

// expect: missing-rate-limit
export const GET: RequestHandler = async ({ locals }) => {
  if (!locals.user) error(401, 'Sign in first');
  try {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(leases).where(eq(leases.orgId, locals.user.orgId));
    const csv = ['id,renter,status', ...rows.map((l) => `${l.id},${l.renterName},${l.status}`)].join('\n');
    return new Response(csv, { headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="leases.csv"' } });
  } catch (err) {
    // expect: error-details-leak
    error(500, `Export failed: ${(err as Error).message}`);
  }
};
