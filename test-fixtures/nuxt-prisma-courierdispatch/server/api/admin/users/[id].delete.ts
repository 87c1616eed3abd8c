// expect: missing-role-check
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const id = getRouterParam(event, 'id')!;
  if (id === user.id) throw createError({ statusCode: 400, statusMessage: 'You cannot delete yourself' });
  // expect: unscoped-tenant-query
  await prisma.user.delete({ where: { id } });
  setResponseStatus(event, 204);
  return null;
});
