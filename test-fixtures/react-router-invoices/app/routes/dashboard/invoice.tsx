import { redirect } from "react-router";
import type { Route } from "./+types/invoice";
import { prisma } from "~/db.server";
import { requireUser } from "~/sessions.server";

// ok: missing-auth
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUser(request);
  // expect: unscoped-tenant-query
  const invoice = await prisma.invoice.findUnique({ where: { id: params.invoiceId } });
  if (!invoice) throw new Response("Not found", { status: 404 });
  return { invoice };
}

// ok: missing-auth
export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  await prisma.invoice.deleteMany({ where: { id: params.invoiceId, orgId: user.orgId } });
  return redirect("/invoices");
}

export default function Invoice({ loaderData }: Route.ComponentProps) {
  return <h1>{loaderData.invoice.number}</h1>;
}
