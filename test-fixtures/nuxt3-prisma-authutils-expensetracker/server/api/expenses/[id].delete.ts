export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const id = getRouterParam(event, 'id');
  const expense = await prisma.expense.findFirst({ where: { id, userId: user.id } });
  if (!expense) throw createError({ statusCode: 404, statusMessage: 'Not found' });
  // ok: unscoped-tenant-query
  await prisma.expense.delete({ where: { id: expense.id } });
  return { deleted: true };
});
