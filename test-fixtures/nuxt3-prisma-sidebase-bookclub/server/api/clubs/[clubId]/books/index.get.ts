// ok: missing-auth
export default defineEventHandler(async (event) => {
  const clubId = getRouterParam(event, 'clubId')!;
  await requireClubMember(event, clubId);
  // ok: unscoped-tenant-query
  return prisma.book.findMany({ where: { clubId }, orderBy: { title: 'asc' } });
});
