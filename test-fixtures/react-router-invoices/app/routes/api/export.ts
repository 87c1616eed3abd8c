import type { Route } from "./+types/export";
import { prisma } from "~/db.server";

// a resource route: no component, the CSV is the response
// expect: missing-auth, missing-rate-limit
export async function loader({ request }: Route.LoaderArgs) {
  const orgId = new URL(request.url).searchParams.get("org");
  const invoices = await prisma.invoice.findMany({ where: { orgId: orgId ?? undefined } });
  const csv = invoices.map((i) => `${i.number},${i.amountCents}`).join("\n");
  return new Response(csv, { headers: { "Content-Type": "text/csv" } });
}
