import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { prisma } from "~/db.server";
import { requireUserId } from "~/utils/session.server";

// expect: missing-role-check
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserId(request);
  // any signed-in user lists every account
  // expect: unscoped-tenant-query
  const users = await prisma.user.findMany({ select: { id: true, email: true, role: true } });
  return json({ users });
}
