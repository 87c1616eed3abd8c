import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../../../lib/auth';
import { prisma } from '../../../../lib/prisma';

// PATCH /api/agencies/:agencyId/settings: invoice numbering and currency for one agency.
// The agency comes from the URL; its users are loaded filtered to the caller, so an empty list
// means the caller is not part of that agency.
// expect: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Unauthorized' });
  const { agencyId } = req.query as { agencyId: string };

  if (req.method === 'PATCH') {
    // ok: unscoped-tenant-query
    const agency = await prisma.agency.findUnique({
      where: { id: agencyId },
      include: { users: { where: { id: session.user.id }, select: { role: true } } },
    });
    if (!agency || agency.users.length === 0) return res.status(403).json({ error: 'Forbidden' });

    const { invoicePrefix, defaultCurrency } = req.body as { invoicePrefix?: string; defaultCurrency?: string };
    // ok: unscoped-tenant-query
    const updated = await prisma.agency.update({ where: { id: agencyId }, data: { invoicePrefix, defaultCurrency } });
    return res.status(200).json(updated);
  }

  if (req.method === 'GET') {
    // the users kept are the agency's admins, whoever calls: a non-empty list says nothing about the caller
    // expect: unscoped-tenant-query
    const agency = await prisma.agency.findUnique({
      where: { id: agencyId },
      include: { users: { where: { role: 'ADMIN' }, select: { id: true } } },
    });
    if (!agency || agency.users.length === 0) return res.status(404).json({ error: 'Not found' });
    return res.status(200).json({ invoicePrefix: agency.invoicePrefix, defaultCurrency: agency.defaultCurrency });
  }

  return res.status(405).end();
}
