// ok: missing-auth
export default defineAuthedHandler(async (event, user) => {
  const id = getRouterParam(event, 'id');
  // ok: unscoped-tenant-query
  const budget = await prisma.budget.findFirst({ where: { id, workspaceId: user.workspaceId } });
  if (!budget) throw createError({ statusCode: 404, statusMessage: 'Not found' });
  return budget;
});
