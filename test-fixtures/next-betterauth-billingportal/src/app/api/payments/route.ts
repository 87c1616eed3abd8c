import { desc, eq } from 'drizzle-orm';
import { db, payments } from '@/db';
import { withOrg } from '@/lib/with-org';

// ok: missing-auth
export const GET = withOrg(async (_req, { orgId }) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(payments).where(eq(payments.organizationId, orgId)).orderBy(desc(payments.id));
  return Response.json(rows);
});
