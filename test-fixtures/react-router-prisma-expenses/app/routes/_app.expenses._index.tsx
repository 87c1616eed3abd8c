import { data } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/_app.expenses._index";
import { requireUser } from "~/auth.server";
import { prisma } from "~/db.server";

const NewExpense = z.object({
  description: z.string().min(1).max(200),
  amount: z.coerce.number().positive().max(100_000),
  spentOn: z.coerce.date(),
});

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const status = new URL(request.url).searchParams.get("status") ?? undefined;
  // ok: unscoped-tenant-query
  const expenses = await prisma.expense.findMany({
    where: { teamId: user.teamId, status },
    orderBy: { spentOn: "desc" },
    take: 100,
  });
  return { expenses };
}

// ok: missing-auth, missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const parsed = NewExpense.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ errors: parsed.error.flatten().fieldErrors }, { status: 400 });
  const { description, amount, spentOn } = parsed.data;
  await prisma.expense.create({
    data: { description, amountCents: Math.round(amount * 100), spentOn, teamId: user.teamId, submitterId: user.id },
  });
  return { ok: true };
}

export default function Expenses({ loaderData }: Route.ComponentProps) {
  return <ul>{loaderData.expenses.map((e) => <li key={e.id}>{e.description}</li>)}</ul>;
}
