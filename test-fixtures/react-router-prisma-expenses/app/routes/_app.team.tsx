import { data } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/_app.team";
import { requireUser } from "~/auth.server";
import { prisma } from "~/db.server";

const RoleChange = z.object({ userId: z.string().cuid(), role: z.enum(["member", "approver", "admin"]) });

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const members = await prisma.user.findMany({ where: { teamId: user.teamId }, select: { id: true, name: true, email: true, role: true } });
  return { members, canManage: user.role === "admin" };
}

// ok: missing-auth, missing-role-check, missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  if (user.role !== "admin") throw data("Only team admins can change roles", { status: 403 });
  const parsed = RoleChange.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "Invalid role change" }, { status: 400 });
  // ok: unscoped-tenant-query
  await prisma.user.updateMany({ where: { id: parsed.data.userId, teamId: user.teamId }, data: { role: parsed.data.role } });
  return { ok: true };
}

export default function Team({ loaderData }: Route.ComponentProps) {
  return <ul>{loaderData.members.map((m) => <li key={m.id}>{m.name} ({m.role})</li>)}</ul>;
}
