// moderators prune the reading queue
export default defineEventHandler(async (event) => {
  const { clubId, bookId } = getRouterParams(event);
  await requireClubMember(event, clubId, ['OWNER', 'MODERATOR']);
  // the membership is checked for clubId, but the book is never tied to that club
  // expect: unscoped-tenant-query
  await prisma.book.delete({ where: { id: bookId } });
  return { deleted: bookId };
});
