// ok: missing-auth, missing-role-check
export default defineEventHandler(async (event) => {
  await requireStaff(event);
  // ok: unscoped-tenant-query
  return prisma.workspace.findMany({
    include: { _count: { select: { members: true, deliveries: true } } },
    orderBy: { name: 'asc' },
  });
});
