import { eq } from 'drizzle-orm';
import { users } from '../../database/schema';

// ok: missing-role-check, missing-auth
export default defineEventHandler(async (event) => {
  const manager = await requireManager(event);
  return useDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    // ok: unscoped-tenant-query
    .where(eq(users.agencyId, manager.agencyId));
});
