import type { NextApiRequest, NextApiResponse } from 'next';

// ok: missing-auth
export default function handler(_req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json({ ok: true });
}
