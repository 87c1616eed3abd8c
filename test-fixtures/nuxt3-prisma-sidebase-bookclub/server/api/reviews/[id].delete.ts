export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  const id = getRouterParam(event, 'id')!;
  // ok: unscoped-tenant-query
  const review = await prisma.review.findUnique({ where: { id } });
  if (!review || review.authorId !== user.id) throw createError({ statusCode: 404 });
  // ok: unscoped-tenant-query
  await prisma.review.delete({ where: { id: review.id } });
  return { deleted: true };
});
