import type { NextApiRequest, NextApiResponse } from "next";
import { requireUser } from "../../../../lib/auth";
import { prisma } from "../../../../lib/prisma";

export default async function adminUser(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;
  // only the operator configured for this instance
  if (user.email !== process.env.ADMIN_EMAIL) return res.status(403).json({ error: "Forbidden" });

  const id = Number(req.query.id);
  if (req.method === "DELETE") {
    // ok: unscoped-tenant-query
    await prisma.bookmark.deleteMany({ where: { ownerId: id } });
    // ok: unscoped-tenant-query
    await prisma.user.delete({ where: { id } });
    return res.status(204).end();
  }
  return res.status(405).end();
}
