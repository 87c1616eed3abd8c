export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  // expect: unscoped-tenant-query
  const expense = await prisma.expense.findUnique({ where: { id } });
  if (!expense) throw createError({ statusCode: 404, statusMessage: 'Not found' });
  return expense;
});
