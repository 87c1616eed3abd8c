export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  try {
    // ok: unscoped-tenant-query
    return await prisma.expense.groupBy({
      by: ['userId'],
      where: { workspaceId: user.workspaceId },
      _sum: { amountCents: true },
    });
  } catch (err) {
    // expect: error-details-leak
    throw createError({ statusCode: 500, statusMessage: 'Report failed', message: (err as Error).message });
  }
});
