import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "../../../../../lib/prisma";

// "recent saves" widget on the profile card: every bookmark of that user, private collections included
// expect: missing-auth
export default async function publicUserBookmarks(req: NextApiRequest, res: NextApiResponse) {
  const bookmarks = await prisma.bookmark.findMany({
    where: { ownerId: Number(req.query.id) },
    orderBy: { id: "desc" },
    take: 20,
  });
  return res.status(200).json({ bookmarks });
}
