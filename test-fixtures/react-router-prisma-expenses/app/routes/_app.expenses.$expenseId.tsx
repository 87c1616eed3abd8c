import { data, redirect } from "react-router";
import type { Route } from "./+types/_app.expenses.$expenseId";
import { requireUser } from "~/auth.server";
import { prisma } from "~/db.server";

// ok: missing-auth
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUser(request);
  // any signed-in user of any team can read any expense by id
  // expect: unscoped-tenant-query
  const expense = await prisma.expense.findUnique({ where: { id: params.expenseId }, include: { submitter: { select: { name: true } } } });
  if (!expense) throw data("Not found", { status: 404 });
  return { expense };
}

// ok: missing-auth
export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const { count } = await prisma.expense.deleteMany({ where: { id: params.expenseId, teamId: user.teamId, status: "submitted" } });
  if (count === 0) throw data("Not found", { status: 404 });
  return redirect("/expenses");
}

export default function ExpenseDetail({ loaderData }: Route.ComponentProps) {
  return <h1>{loaderData.expense.description}</h1>;
}
