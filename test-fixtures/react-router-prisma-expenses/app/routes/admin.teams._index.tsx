import type { Route } from "./+types/admin.teams._index";
import { requireUser } from "~/auth.server";
import { prisma } from "~/db.server";

// counts on the admin layout's superadmin check, which does not run before this loader
// ok: missing-auth
// expect: missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  await requireUser(request);
  // expect: unscoped-tenant-query
  const teams = await prisma.team.findMany({ select: { id: true, name: true, plan: true, _count: { select: { users: true } } } });
  return { teams };
}

export default function AdminTeams({ loaderData }: Route.ComponentProps) {
  return <ul>{loaderData.teams.map((t) => <li key={t.id}>{t.name}</li>)}</ul>;
}
