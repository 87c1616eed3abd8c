import { redirect } from "react-router";
import type { Route } from "./+types/admin.teams.$teamId";
import { requireSuperadmin } from "~/auth.server";
import { prisma } from "~/db.server";

// ok: missing-auth, missing-role-check
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireSuperadmin(request);
  // support staff look at any team
  // ok: unscoped-tenant-query
  const team = await prisma.team.findUnique({ where: { id: params.teamId }, include: { users: { select: { id: true, email: true, role: true } } } });
  if (!team) throw new Response("Not found", { status: 404 });
  return { team };
}

// ok: missing-auth, missing-role-check
export async function action({ request, params }: Route.ActionArgs) {
  await requireSuperadmin(request);
  // ok: unscoped-tenant-query
  await prisma.team.update({ where: { id: params.teamId }, data: { plan: "free" } });
  return redirect(`/admin/teams/${params.teamId}`);
}
