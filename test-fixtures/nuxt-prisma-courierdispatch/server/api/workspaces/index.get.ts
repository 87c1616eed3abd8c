// ok: missing-auth
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  // ok: unscoped-tenant-query
  return prisma.workspace.findMany({
    where: { members: { some: { userId: user.id } } },
    select: { id: true, name: true, plan: true },
  });
});
