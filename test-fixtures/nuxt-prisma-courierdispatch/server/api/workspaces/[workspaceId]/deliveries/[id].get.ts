// ok: missing-auth
export default defineEventHandler(async (event) => {
  const workspaceId = getRouterParam(event, 'workspaceId')!;
  const id = getRouterParam(event, 'id')!;
  await requireWorkspaceMember(event, workspaceId);
  // ok: unscoped-tenant-query
  const delivery = await prisma.delivery.findFirst({
    where: { id, workspaceId },
    include: { proofs: true, comments: { include: { author: { select: { name: true } } } } },
  });
  if (!delivery) throw createError({ statusCode: 404, statusMessage: 'Delivery not found' });
  return delivery;
});
