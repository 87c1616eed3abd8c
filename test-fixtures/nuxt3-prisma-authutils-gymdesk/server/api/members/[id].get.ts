export default defineEventHandler(async (event) => {
  await requireUserSession(event);
  const id = getRouterParam(event, 'id');
  // expect: unscoped-tenant-query
  const member = await prisma.member.findUnique({ where: { id }, include: { bookings: true } });
  if (!member) throw createError({ statusCode: 404 });
  return member;
});
