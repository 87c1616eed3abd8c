import type { Route } from "./+types/invoices";
import { prisma } from "~/db.server";
import { requireUser } from "~/sessions.server";

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({ where: { orgId: user.orgId }, orderBy: { number: "desc" } });
  return { invoices };
}

export default function Invoices({ loaderData }: Route.ComponentProps) {
  return <ul>{loaderData.invoices.map((i) => <li key={i.id}>{i.number}</li>)}</ul>;
}
