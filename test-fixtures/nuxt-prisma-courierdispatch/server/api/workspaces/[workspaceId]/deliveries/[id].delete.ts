// ok: missing-auth, missing-role-check
export default defineEventHandler(async (event) => {
  const workspaceId = getRouterParam(event, 'workspaceId')!;
  const id = getRouterParam(event, 'id')!;
  await requireWorkspaceMember(event, workspaceId, ['OWNER', 'DISPATCHER']);
  // ok: unscoped-tenant-query
  const delivery = await prisma.delivery.findUnique({ where: { id } });
  if (!delivery || delivery.workspaceId !== workspaceId) {
    throw createError({ statusCode: 404, statusMessage: 'Delivery not found' });
  }
  // ok: unscoped-tenant-query
  await prisma.delivery.delete({ where: { id: delivery.id } });
  setResponseStatus(event, 204);
  return null;
});
