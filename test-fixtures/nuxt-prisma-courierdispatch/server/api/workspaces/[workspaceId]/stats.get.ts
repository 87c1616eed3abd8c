// Dashboard counters.
// expect: missing-auth
export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  const workspaceId = getRouterParam(event, 'workspaceId')!;
  const byStatus = await prisma.delivery.groupBy({
    by: ['status'],
    where: { workspaceId },
    _count: { _all: true },
  });
  return { byStatus, viewer: session.user?.name ?? null };
});
