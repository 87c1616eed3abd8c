import { and, eq, lt } from 'drizzle-orm';
import { db, invoices } from '@/db';

// Vercel Cron, daily.
// ok: missing-auth
export async function GET(request: Request) {
  if (request.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response('Unauthorized', { status: 401 });
  }
  // ok: unscoped-tenant-query
  const updated = await db
    .update(invoices)
    .set({ status: 'overdue' })
    .where(and(eq(invoices.status, 'sent'), lt(invoices.dueAt, new Date())))
    .returning({ id: invoices.id });
  return Response.json({ updated: updated.length });
}
