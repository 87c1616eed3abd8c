import type { NextApiRequest, NextApiResponse } from 'next';
import { decodeJwt } from 'jose';
import { db } from '~/server/db';

// Funders embed an organization's open applications on their site with a token we issued them.
// expect: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // expect: insecure-jwt
  const claims = decodeJwt(String(req.query.token));
  if (!claims.orgId) return res.status(400).json({ error: 'bad token' });
  const applications = await db.application.findMany({
    where: { orgId: String(claims.orgId), status: 'submitted' },
    select: { id: true, status: true, grant: { select: { title: true, amount: true } } },
  });
  res.json(applications);
}
