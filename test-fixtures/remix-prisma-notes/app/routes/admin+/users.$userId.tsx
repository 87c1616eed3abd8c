import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { prisma } from "~/db.server";
import { requireAdmin } from "~/utils/session.server";

// ok: missing-role-check
export async function action({ request, params }: ActionFunctionArgs) {
  await requireAdmin(request);
  await prisma.user.delete({ where: { id: params.userId } });
  return redirect("/admin/users");
}
