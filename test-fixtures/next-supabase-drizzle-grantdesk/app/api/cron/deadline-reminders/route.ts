import { and, eq, gt, lt } from 'drizzle-orm';
import { db, grants } from '@/lib/db';
import { inngest } from '@/inngest/client';

// ok: missing-auth
export async function GET(request: Request) {
  if (request.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response('Unauthorized', { status: 401 });
  }
  const soon = new Date(Date.now() + 3 * 24 * 3600 * 1000);
  // ok: unscoped-tenant-query
  const due = await db
    .select({ id: grants.id, orgId: grants.orgId, title: grants.title })
    .from(grants)
    .where(and(eq(grants.status, 'open'), gt(grants.deadline, new Date()), lt(grants.deadline, soon)));
  await inngest.send(due.map((g) => ({ name: 'grant/deadline-soon', data: g })));
  return Response.json({ queued: due.length });
}
