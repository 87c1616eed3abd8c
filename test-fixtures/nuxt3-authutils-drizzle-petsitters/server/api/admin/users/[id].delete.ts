import { eq, and } from 'drizzle-orm';
import { users } from '../../../database/schema';

// ok: missing-role-check, missing-auth
export default defineEventHandler(async (event) => {
  const manager = await requireManager(event);
  const id = Number(getRouterParam(event, 'id'));
  if (id === manager.id) throw createError({ statusCode: 400, statusMessage: 'You cannot remove yourself' });
  // ok: unscoped-tenant-query
  await useDb().delete(users).where(and(eq(users.id, id), eq(users.agencyId, manager.agencyId)));
  return { ok: true };
});
