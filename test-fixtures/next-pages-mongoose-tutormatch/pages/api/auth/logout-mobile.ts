import type { NextApiRequest, NextApiResponse } from 'next';

// ok: missing-auth
export default function handler(_req: NextApiRequest, res: NextApiResponse) {
  // ok: insecure-cookie
  res.setHeader('Set-Cookie', 'tm_token=; Path=/; Max-Age=0');
  return res.status(204).end();
}
