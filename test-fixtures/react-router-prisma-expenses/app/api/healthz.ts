import { prisma } from "~/db.server";

// ok: missing-auth
export async function loader() {
  await prisma.$queryRaw`SELECT 1`;
  return Response.json({ ok: true });
}
