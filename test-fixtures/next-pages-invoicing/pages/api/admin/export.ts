import type { NextApiRequest, NextApiResponse } from 'next';
import type { Session } from 'next-auth';
import { prisma } from '../../../lib/prisma';
import { withAuth } from '../../../lib/withAuth';

// Full data export of the agency (GDPR / migration requests).
async function handler(req: NextApiRequest, res: NextApiResponse, session: Session) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }

  const agencyId = session.user.agencyId;

  // ok: unscoped-tenant-query
  const agency = await prisma.agency.findUniqueOrThrow({
    where: { id: agencyId },
    include: {
      users: { select: { id: true, email: true, name: true, role: true } },
      clients: true,
      invoices: { include: { payments: true } },
    },
  });

  res.setHeader('Content-Disposition', `attachment; filename="agency-${agency.id}.json"`);
  return res.status(200).json(agency);
}

// ok: missing-auth
// expect: missing-role-check
// expect: missing-rate-limit
export default withAuth(handler);
