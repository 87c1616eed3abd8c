import { json, type ActionFunctionArgs } from "@remix-run/node";
import { prisma } from "~/db.server";
import { assertJobAccess } from "~/services/membership.server";
import { requireUserId } from "~/services/session.server";

// the checks run before the intent is read: every intent is protected
// ok: missing-auth
export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  await assertJobAccess(userId, params.jobId!);
  const form = await request.formData();
  switch (form.get("intent")) {
    case "raise":
      // ok: unscoped-tenant-query
      await prisma.job.update({ where: { id: params.jobId }, data: { status: "PRIORITY" } });
      return json({ ok: true });
    case "lower":
      // ok: unscoped-tenant-query
      await prisma.job.update({ where: { id: params.jobId }, data: { status: "QUEUED" } });
      return json({ ok: true });
    default:
      return json({ error: "Unknown intent" }, { status: 400 });
  }
}
