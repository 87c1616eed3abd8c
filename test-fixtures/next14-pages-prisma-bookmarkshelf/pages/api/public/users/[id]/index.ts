import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "../../../../../lib/prisma";

// the public profile card: name, handle and avatar only
// ok: missing-auth
export default async function publicUser(req: NextApiRequest, res: NextApiResponse) {
  const lookup = String(req.query.id);
  const byId = /^\d+$/.test(lookup);

  const user = await prisma.user.findFirst({
    where: byId ? { id: Number(lookup) } : { username: lookup },
  });
  if (!user) return res.status(404).json({ error: "User not found." });

  return res.status(200).json({ id: user.id, name: user.name, username: user.username, image: user.image });
}
