export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const memberId = getRouterParam(event, 'id');
  // ok: unscoped-tenant-query
  const member = await prisma.member.findFirst({ where: { id: memberId, gymId: user.gymId } });
  if (!member) throw createError({ statusCode: 404 });
  // ok: unscoped-tenant-query
  return prisma.booking.findMany({ where: { memberId: member.id }, include: { session: true } });
});
