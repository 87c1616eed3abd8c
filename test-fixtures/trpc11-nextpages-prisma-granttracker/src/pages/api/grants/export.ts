import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerAuthSession } from '~/server/auth';
import { db } from '~/server/db';

// ok: missing-auth
// expect: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerAuthSession({ req, res });
  if (!session) return res.status(401).json({ error: 'unauthorized' });
  try {
    // ok: unscoped-tenant-query
    const grants = await db.grant.findMany({ where: { orgId: session.user.orgId } });
    res.setHeader('Content-Type', 'text/csv');
    res.send(['title,funder,amount', ...grants.map((g) => `${g.title},${g.funder},${g.amount}`)].join('\n'));
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: (err as Error).message, stack: (err as Error).stack });
  }
}
