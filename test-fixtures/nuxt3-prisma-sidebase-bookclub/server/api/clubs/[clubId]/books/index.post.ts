// expect: missing-input-validation
export default defineEventHandler(async (event) => {
  const clubId = getRouterParam(event, 'clubId')!;
  await requireClubMember(event, clubId);
  const body = await readBody(event);
  // ok: unscoped-tenant-query
  return prisma.book.create({ data: { ...body, clubId } });
});
