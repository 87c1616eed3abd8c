import { createHash, randomBytes } from "node:crypto";
import type { Route } from "./+types/_app.settings.api-tokens";
import { requireUser } from "~/auth.server";
import { prisma } from "~/db.server";
import { logger } from "~/logger.server";

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const tokens = await prisma.apiToken.findMany({ where: { teamId: user.teamId }, select: { id: true, name: true, createdAt: true } });
  return { tokens };
}

// ok: missing-auth
// expect: missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const token = `tly_${randomBytes(24).toString("hex")}`;
  await prisma.apiToken.create({
    data: { name: String(form.get("name")), tokenHash: createHash("sha256").update(token).digest("hex"), teamId: user.teamId },
  });
  // expect: token-logging
  logger.info({ teamId: user.teamId, token }, "api token created");
  // shown once in the UI, never stored in clear
  return { token };
}

export default function ApiTokens({ loaderData }: Route.ComponentProps) {
  return <ul>{loaderData.tokens.map((t) => <li key={t.id}>{t.name}</li>)}</ul>;
}
