import { data } from "react-router";
import type { Route } from "./+types/approve-expense";
import { requireUser } from "~/auth.server";
import { prisma } from "~/db.server";

// called by the approval buttons in the expense list (fetcher.submit)
// ok: missing-auth
export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  if (user.role !== "approver" && user.role !== "admin") throw data("Only approvers can approve", { status: 403 });
  // the approver's role is checked, but not that the expense is in the approver's team
  // expect: unscoped-tenant-query
  const expense = await prisma.expense.update({
    where: { id: params.expenseId },
    data: { status: "approved", approvedById: user.id },
  });
  return { id: expense.id, status: expense.status };
}
