import { createHash } from "node:crypto";
import type { Route } from "./+types/api.v1.expenses";
import { prisma } from "~/db.server";

// The public API for accounting integrations: a team API token in the Authorization header.
async function teamFromToken(request: Request) {
  const header = request.headers.get("Authorization");
  if (!header?.startsWith("Bearer ")) throw Response.json({ error: "missing token" }, { status: 401 });
  const tokenHash = createHash("sha256").update(header.slice(7)).digest("hex");
  const token = await prisma.apiToken.findUnique({ where: { tokenHash } });
  if (!token) throw Response.json({ error: "invalid token" }, { status: 401 });
  return token.teamId;
}

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const teamId = await teamFromToken(request);
  const since = new URL(request.url).searchParams.get("since");
  try {
    // ok: unscoped-tenant-query
    const expenses = await prisma.expense.findMany({
      where: { teamId, spentOn: since ? { gte: new Date(since) } : undefined },
      take: 500,
    });
    return Response.json({ expenses });
  } catch (error) {
    // expect: error-details-leak
    return Response.json({ error: String(error) }, { status: 500 });
  }
}
