import type { NextApiRequest, NextApiResponse } from 'next';
import type { Session } from 'next-auth';
import { prisma } from '../../../lib/prisma';
import { withAgencyAdmin } from '../../../lib/withAgencyAdmin';

async function handler(req: NextApiRequest, res: NextApiResponse, session: Session) {
  if (req.method === 'GET') {
    // ok: unscoped-tenant-query
    const agency = await prisma.agency.findUnique({ where: { id: session.user.agencyId } });
    return res.status(200).json(agency);
  }

  if (req.method === 'PATCH') {
    // ok: unscoped-tenant-query
    const agency = await prisma.agency.update({ where: { id: session.user.agencyId }, data: req.body });
    return res.status(200).json(agency);
  }

  res.setHeader('Allow', 'GET, PATCH');
  return res.status(405).end();
}

// ok: missing-auth
// ok: missing-role-check
// expect: missing-input-validation
export default withAgencyAdmin(handler);
