import type { Route } from "./+types/customers";
import { prisma } from "~/db.server";

// the dashboard layout's loader runs in parallel with this one: it protects nothing here
// expect: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const customers = await prisma.customer.findMany({ where: { name: { contains: q } } });
  return { customers };
}

export default function Customers({ loaderData }: Route.ComponentProps) {
  return <ul>{loaderData.customers.map((c) => <li key={c.id}>{c.name}</li>)}</ul>;
}
