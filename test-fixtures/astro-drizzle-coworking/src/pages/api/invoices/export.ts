import type { APIRoute } from 'astro';
import { eq } from 'drizzle-orm';
import { db, invoices } from '../../../db';
import { forbidden, isManager } from '../../../lib/guards';

// expect: missing-rate-limit
export const GET: APIRoute = async ({ locals }) => {
  if (!isManager(locals.user)) return forbidden();
  // ok: unscoped-tenant-query
  const rows = await db.select().from(invoices).where(eq(invoices.organizationId, locals.user!.organizationId));
  const csv = ['number,total,status,issued', ...rows.map((r) => `${r.number},${(r.totalCents / 100).toFixed(2)},${r.status},${r.issuedAt.toISOString()}`)].join('\n');
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="invoices.csv"' } });
};
