import type { Route } from "./+types/pricing";
import { prisma } from "~/db.server";

// ok: missing-auth
export async function loader() {
  const plans = await prisma.plan.findMany({ orderBy: { priceCents: "asc" } });
  return { plans };
}

export default function Pricing({ loaderData }: Route.ComponentProps) {
  return <ul>{loaderData.plans.map((p) => <li key={p.id}>{p.name}</li>)}</ul>;
}
