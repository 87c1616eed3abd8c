// expect: missing-input-validation
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const id = getRouterParam(event, 'id');
  const body = await readBody(event);
  // ok: unscoped-tenant-query
  const result = await prisma.expense.updateMany({
    where: { id, workspaceId: user.workspaceId },
    data: { note: body.note, amountCents: body.amountCents, categoryId: body.categoryId },
  });
  if (result.count === 0) throw createError({ statusCode: 404, statusMessage: 'Not found' });
  return { ok: true };
});
