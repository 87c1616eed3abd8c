import { json, type ActionFunctionArgs } from "@remix-run/node";
import { prisma } from "~/db.server";
import { requireAdmin } from "~/services/session.server";

// platform staff (User.admin) work across organizations: a membership or a secret reference on the user is no tenant
export async function action({ request, params }: ActionFunctionArgs) {
  await requireAdmin(request);
  // ok: unscoped-tenant-query
  const org = await prisma.organization.update({ where: { id: params.orgId }, data: { title: "Suspended" } });
  // ok: unscoped-tenant-query
  await prisma.$executeRaw`UPDATE "Project" SET "archived" = true WHERE "id" IN (SELECT "id" FROM "Project" WHERE "organizationId" = ${params.orgId})`;
  return json({ org });
}
