export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const query = getQuery(event);
  // ok: unscoped-tenant-query
  return prisma.member.findMany({
    where: { gymId: user.gymId, fullName: { contains: String(query.q ?? ''), mode: 'insensitive' } },
    take: 50,
  });
});
