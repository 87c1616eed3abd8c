import { Outlet } from "react-router";
import type { Route } from "./+types/_app";
import { requireUser } from "~/auth.server";

// The app shell. Its loader runs in parallel with the child routes' loaders, so it guards none of them.
// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  return { user };
}

export default function AppShell({ loaderData }: Route.ComponentProps) {
  return <div><nav>{loaderData.user.name}</nav><Outlet /></div>;
}
