// Calendar subscription of upcoming reimbursements.
// expect: missing-auth
export default defineEventHandler(async (event) => {
  const workspaceId = getRouterParam(event, 'workspaceId');
  const expenses = await prisma.expense.findMany({ where: { workspaceId, status: 'approved' } });
  setResponseHeader(event, 'Content-Type', 'text/calendar');
  return [
    'BEGIN:VCALENDAR',
    ...expenses.map((e) => `BEGIN:VEVENT\nSUMMARY:Reimbursement ${e.amountCents / 100} ${e.currency}\nEND:VEVENT`),
    'END:VCALENDAR',
  ].join('\n');
});
