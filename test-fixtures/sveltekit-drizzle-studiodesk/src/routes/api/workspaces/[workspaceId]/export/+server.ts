import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { invoices } from '$lib/server/db/schema';
import { requireMember } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// ok: missing-auth
// expect: missing-rate-limit
export const GET: RequestHandler = async ({ locals, params }) => {
  await requireMember(locals, params.workspaceId);
  try {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(invoices).where(eq(invoices.workspaceId, params.workspaceId));
    const csv = ['number,total,status,created', ...rows.map((r) => `${r.number},${r.totalCents / 100},${r.status},${r.createdAt.toISOString()}`)].join('\n');
    return new Response(csv, { headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="invoices.csv"' } });
  } catch (e) {
    // expect: error-details-leak
    return json({ error: 'Export failed', detail: String(e) }, { status: 500 });
  }
};
