// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  // ok: unscoped-tenant-query
  const rows = await prisma.expense.findMany({ where: { workspaceId: user.workspaceId } });
  setResponseHeaders(event, {
    'Content-Type': 'text/csv',
    'Content-Disposition': 'attachment; filename="expenses.csv"',
  });
  return ['id,amount,currency,note', ...rows.map((r) => `${r.id},${r.amountCents},${r.currency},${r.note ?? ''}`)].join('\n');
});
