// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = event.context.user;
  // ok: unscoped-tenant-query
  return prisma.club.findMany({
    where: { members: { some: { userId: user.id } } },
    select: { id: true, name: true, _count: { select: { members: true } } },
  });
});
