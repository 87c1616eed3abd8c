export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  // ok: unscoped-tenant-query
  const total = await prisma.expense.aggregate({ where: { workspaceId: user.workspaceId }, _sum: { amountCents: true } });
  return { totalCents: total._sum.amountCents ?? 0 };
});
