import type { NextApiRequest, NextApiResponse } from "next";
import { requireUser } from "../../../lib/auth";
import getTags from "../../../lib/controllers/getTags";

export default async function tags(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;

  if (req.method === "GET") {
    const result = await getTags({
      userId: user.id,
      query: { search: typeof req.query.search === "string" ? req.query.search : undefined },
    });
    return res.status(result.status).json({ tags: result.tags });
  }
  return res.status(405).end();
}
