import { eq } from 'drizzle-orm';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  // ok: unscoped-tenant-query
  return db
    .select({ id: tables.users.id, name: tables.users.name, email: tables.users.email, role: tables.users.role })
    .from(tables.users)
    .where(eq(tables.users.companyId, user.companyId));
});
