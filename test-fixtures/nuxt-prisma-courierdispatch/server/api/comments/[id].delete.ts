// ok: missing-auth
export default defineEventHandler(async (event) => {
  await requireUserSession(event);
  const id = getRouterParam(event, 'id')!;
  // expect: unscoped-tenant-query
  await prisma.comment.delete({ where: { id } });
  setResponseStatus(event, 204);
  return null;
});
