import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { requireUserId } from "~/utils/session.server";

// The layout's loader redirects anonymous visitors, but child loaders run in parallel with it:
// each child must check the session itself.
export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  return json({ userId });
}

export default function AppLayout() {
  return <Outlet />;
}
