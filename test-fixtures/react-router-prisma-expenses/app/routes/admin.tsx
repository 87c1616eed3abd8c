import { Outlet } from "react-router";
import type { Route } from "./+types/admin";
import { requireSuperadmin } from "~/auth.server";

// ok: missing-auth, missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  const admin = await requireSuperadmin(request);
  return { admin: admin.email };
}

export default function AdminLayout() {
  return <section className="admin"><Outlet /></section>;
}
