import { Outlet } from "react-router";
import type { Route } from "./+types/layout";
import { requireUser } from "~/sessions.server";

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  return { email: user.email };
}

export default function DashboardLayout({ loaderData }: Route.ComponentProps) {
  return <main><header>{loaderData.email}</header><Outlet /></main>;
}
