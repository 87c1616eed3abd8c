import { and, eq } from 'drizzle-orm';

// expect: missing-role-check
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  const userId = getRouterParam(event, 'userId')!;
  if (userId === user.id) throw createError({ statusCode: 400, statusMessage: 'You cannot remove yourself' });
  // ok: unscoped-tenant-query
  await db.delete(tables.users).where(and(eq(tables.users.id, userId), eq(tables.users.companyId, user.companyId)));
  return sendNoContent(event);
});
