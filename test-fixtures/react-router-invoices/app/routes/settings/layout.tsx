import { Outlet } from "react-router";
import type { Route } from "./+types/layout";
import { requireUser } from "~/sessions.server";

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  return { role: user.role };
}

export default function SettingsLayout() {
  return <Outlet />;
}
