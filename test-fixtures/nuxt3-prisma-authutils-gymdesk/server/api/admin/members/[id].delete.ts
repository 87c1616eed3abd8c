// ok: missing-role-check
export default defineEventHandler(async (event) => {
  const staff = await requireStaff(event);
  const id = getRouterParam(event, 'id');
  // ok: unscoped-tenant-query
  await prisma.member.deleteMany({ where: { id, gymId: staff.gymId } });
  return { ok: true };
});
