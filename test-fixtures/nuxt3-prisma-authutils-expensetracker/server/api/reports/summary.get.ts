// Monthly totals for the dashboard widget.
// expect: missing-auth
export default defineEventHandler(async (event) => {
  const { workspaceId } = getQuery(event);
  const rows = await prisma.expense.groupBy({
    by: ['categoryId'],
    where: { workspaceId: String(workspaceId) },
    _sum: { amountCents: true },
  });
  return rows;
});
