import type { NextApiRequest, NextApiResponse } from "next";
import { requireUser } from "../../../lib/auth";
import getUsers from "../../../lib/controllers/getUsers";

export default async function users(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;

  if (req.method === "GET") {
    const result = await getUsers(user);
    return res.status(result.status).json({ response: result.response });
  }
  return res.status(405).end();
}
