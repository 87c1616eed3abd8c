import type { Route } from "./+types/team";
import { prisma } from "~/db.server";
import { requireUser } from "~/sessions.server";

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const members = await prisma.user.findMany({ where: { orgId: user.orgId }, select: { id: true, email: true, role: true } });
  return { members };
}

// ok: missing-auth
// expect: missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  if (user.role !== "admin") throw new Response("Forbidden", { status: 403 });
  const form = await request.formData();
  // ok: unscoped-tenant-query
  await prisma.user.updateMany({ where: { id: String(form.get("userId")), orgId: user.orgId }, data: { role: String(form.get("role")) } });
  return { ok: true };
}

export default function Team({ loaderData }: Route.ComponentProps) {
  return <ul>{loaderData.members.map((m) => <li key={m.id}>{m.email}</li>)}</ul>;
}
