// expect: missing-role-check
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  // ok: unscoped-tenant-query
  return prisma.invoice.findMany({ where: { gymId: user.gymId }, orderBy: { id: 'desc' } });
});
