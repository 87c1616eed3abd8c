import type { Route } from "./+types/_app.reports.$year[.]csv";
import { requireUser } from "~/auth.server";
import { prisma } from "~/db.server";

// GET /reports/2024.csv
// ok: missing-auth
// expect: missing-rate-limit
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const year = Number(params.year);
  // ok: unscoped-tenant-query
  const rows = await prisma.expense.findMany({
    where: { teamId: user.teamId, spentOn: { gte: new Date(year, 0, 1), lt: new Date(year + 1, 0, 1) } },
    orderBy: { spentOn: "asc" },
  });
  const csv = ["date,description,amount,status", ...rows.map((r) => `${r.spentOn.toISOString().slice(0, 10)},"${r.description.replaceAll('"', '""')}",${r.amountCents / 100},${r.status}`)].join("\n");
  return new Response(csv, { headers: { "Content-Type": "text/csv", "Content-Disposition": `attachment; filename="expenses-${year}.csv"` } });
}
