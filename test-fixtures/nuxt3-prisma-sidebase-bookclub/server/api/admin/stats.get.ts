// expect: missing-role-check
export default defineEventHandler(async (event) => {
  await requireUser(event);
  const [users, reviews] = await Promise.all([prisma.user.count(), prisma.review.count()]);
  // any signed-in reader lists every account's email (same verdict as remix-prisma-notes' admin+/users)
  // expect: unscoped-tenant-query
  const recent = await prisma.user.findMany({ orderBy: { id: 'desc' }, take: 20, select: { email: true, name: true } });
  return { users, reviews, recent };
});
