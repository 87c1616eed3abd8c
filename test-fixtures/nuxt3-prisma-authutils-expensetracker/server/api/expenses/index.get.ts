// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = event.context.user;
  const { status } = getQuery(event);
  // ok: unscoped-tenant-query
  return prisma.expense.findMany({
    where: { workspaceId: user.workspaceId, ...(status ? { status: String(status) } : {}) },
    orderBy: { createdAt: 'desc' },
  });
});
