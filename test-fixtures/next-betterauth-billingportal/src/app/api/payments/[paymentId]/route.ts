import { and, eq } from 'drizzle-orm';
import { db, payments } from '@/db';
import { withOrg } from '@/lib/with-org';

// ok: missing-auth
export const GET = withOrg<{ paymentId: string }>(async (_req, { params }) => {
  // expect: unscoped-tenant-query
  const [row] = await db.select().from(payments).where(eq(payments.id, params.paymentId));
  return row ? Response.json(row) : Response.json({ error: 'Not found' }, { status: 404 });
});

// ok: missing-auth
export const DELETE = withOrg<{ paymentId: string }>(async (_req, { orgId, params }) => {
  // ok: unscoped-tenant-query
  await db.delete(payments).where(and(eq(payments.id, params.paymentId), eq(payments.organizationId, orgId)));
  return new Response(null, { status: 204 });
});
