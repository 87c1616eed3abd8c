export default defineEventHandler(async (event) => {
  await requireUser(event);
  const id = getRouterParam(event, 'id')!;
  // reviews are readable by every member of the site, whoever wrote them
  // ok: unscoped-tenant-query
  return prisma.review.findUnique({ where: { id }, include: { author: { select: { name: true } } } });
});
