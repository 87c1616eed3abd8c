// ok: missing-auth, missing-role-check
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  if (user.role !== 'admin') throw createError({ statusCode: 403, statusMessage: 'Forbidden' });
  const id = getRouterParam(event, 'id');
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id, workspaceId: user.workspaceId } });
  return { deleted: true };
});
