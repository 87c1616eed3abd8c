// Support view of every workspace and its size.
// expect: missing-role-check
export default defineEventHandler(async (event) => {
  await requireUserSession(event);
  // expect: unscoped-tenant-query
  return prisma.workspace.findMany({ include: { _count: { select: { users: true, expenses: true } } } });
});
