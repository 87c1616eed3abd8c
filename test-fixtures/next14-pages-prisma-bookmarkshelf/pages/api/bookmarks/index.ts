import type { NextApiRequest, NextApiResponse } from "next";
import { requireUser } from "../../../lib/auth";
import { prisma } from "../../../lib/prisma";

// the demo account gets a canned sample; everyone else their own bookmarks
export default async function listBookmarks(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;

  if (user.email === process.env.DEMO_ACCOUNT_EMAIL) {
    // expect: unscoped-tenant-query
    const sample = await prisma.bookmark.findMany({ take: 50, orderBy: { id: "desc" } });
    return res.status(200).json({ bookmarks: sample });
  }

  // ok: unscoped-tenant-query
  const bookmarks = await prisma.bookmark.findMany({ where: { ownerId: user.id } });
  return res.status(200).json({ bookmarks });
}
