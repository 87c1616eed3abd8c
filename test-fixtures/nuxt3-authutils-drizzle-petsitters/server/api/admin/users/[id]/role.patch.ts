import { eq, and } from 'drizzle-orm';
import { users } from '../../../../database/schema';

// expect: missing-role-check
// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const { role } = await readValidatedBody(event, roleSchema.parse);
  const id = Number(getRouterParam(event, 'id'));
  // ok: unscoped-tenant-query
  await useDb().update(users).set({ role }).where(and(eq(users.id, id), eq(users.agencyId, user.agencyId)));
  return { ok: true };
});
