import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Route } from "./+types/_app.expenses.$expenseId.receipt";
import { prisma } from "~/db.server";

// A resource route (no component): the receipt image itself. It is under the _app layout's URL
// space, but nothing checks the session here.
// expect: missing-auth
export async function loader({ params }: Route.LoaderArgs) {
  const expense = await prisma.expense.findUnique({ where: { id: params.expenseId }, select: { receiptKey: true } });
  if (!expense?.receiptKey) throw new Response("Not found", { status: 404 });
  const bytes = await readFile(path.join(process.env.RECEIPTS_DIR ?? "receipts", path.basename(expense.receiptKey)));
  return new Response(bytes, { headers: { "Content-Type": "image/jpeg", "Cache-Control": "private, max-age=300" } });
}
