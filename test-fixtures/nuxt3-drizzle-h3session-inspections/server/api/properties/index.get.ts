import { eq } from 'drizzle-orm';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  // ok: unscoped-tenant-query
  return db.select().from(tables.properties).where(eq(tables.properties.companyId, user.companyId));
});
